using Dreamer.Host.Matrix;
using Dreamer.Training.Logging;

namespace Dreamer.Host.Tests.Matrix;

public sealed class MatrixStatisticsTests
{
    // Three tasks × three runs. Pooled and sorted: 0, 0.1, 0.2, 0.3, 0.3, 0.5, 0.6, 0.9, 1.4; task means 0.5, 0.7333, 0.2.
    private static readonly IReadOnlyList<IReadOnlyList<double>> Table = [[0.1, 0.5, 0.9], [0.2, 1.4, 0.6], [0.0, 0.3, 0.3]];

    [Fact]
    public void InterquartileMeanCutsAQuarterOfThePooledScoresFromEachEnd()
    {
        // n = 9: cut ⌊9/4⌋ = 2 from each end → mean(0.2, 0.3, 0.3, 0.5, 0.6) = 1.9 / 5.
        Assert.Equal(0.38, AggregateScores.InterquartileMean(Table), 12);
        // n = 4: cut 1 from each end → mean(2, 3).
        Assert.Equal(2.5, AggregateScores.InterquartileMean([[1, 100], [2, 3]]), 12);
    }

    [Fact]
    public void MeanAndMedianAreOverTaskMeans()
    {
        Assert.Equal((0.5 + 2.2 / 3 + 0.2) / 3, AggregateScores.Mean(Table), 12);
        Assert.Equal(0.5, AggregateScores.Median(Table), 12);
        Assert.Equal(1.5, AggregateScores.Median([[1], [2]]), 12);
    }

    [Fact]
    public void OptimalityGapIsTheMeanShortfallBelowGamma()
    {
        // 1 − s clipped at 0: 1, 0.9, 0.8, 0.7, 0.7, 0.5, 0.4, 0.1, 0 → 5.1 / 9.
        Assert.Equal(5.1 / 9, AggregateScores.OptimalityGap(Table), 12);
        Assert.Equal(0.5, AggregateScores.OptimalityGap([[0, 2]], gamma: 1), 12);
    }

    [Fact]
    public void ProbabilityOfImprovementCountsTiesAsHalfAndAveragesOverTasks()
    {
        IReadOnlyList<IReadOnlyList<double>> x = [[1, 2], [3]];
        IReadOnlyList<IReadOnlyList<double>> y = [[2, 0], [3, 4]];
        // Task 1: (1>2)=0, (1>0)=1, (2=2)=½, (2>0)=1 → 2.5/4. Task 2: (3=3)=½, (3>4)=0 → 0.5/2. Mean: (0.625 + 0.25) / 2.
        Assert.Equal(0.4375, ProbabilityOfImprovement.Of(x, y), 12);
        Assert.Equal(1 - 0.4375, ProbabilityOfImprovement.Of(y, x), 12);
        Assert.Equal(0.5, ProbabilityOfImprovement.Of(x, x), 12);
    }

    [Fact]
    public void BootstrapIsReproducibleForASeedAndDependsOnIt()
    {
        var first = new StratifiedBootstrap(500, seed: 7).Estimate(Table, AggregateScores.InterquartileMean);
        var again = new StratifiedBootstrap(500, seed: 7).Estimate(Table, AggregateScores.InterquartileMean);
        var other = new StratifiedBootstrap(500, seed: 8).Estimate(Table, AggregateScores.InterquartileMean);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(0.38, first.Estimate, 12);
        Assert.True(first.Lower < first.Estimate && first.Estimate < first.Upper, $"{first}");
        Assert.InRange(first.Lower, 0.1, 0.38);
        Assert.InRange(first.Upper, 0.38, 0.9);
    }

    [Fact]
    public void BootstrapResamplesRunsWithinEachTaskOnly()
    {
        // One run per task: a stratified resample is always the data itself, so the interval has no width.
        var single = new StratifiedBootstrap(200, seed: 1).Estimate([[1.0], [5.0], [9.0]], AggregateScores.Mean);
        Assert.Equal(new ConfidenceInterval(5, 5, 5), single);
        var resample = StratifiedBootstrap.Resample([[1, 2, 3], [10, 20]], new Random(3));
        Assert.Equal([3, 2], resample.Select(task => task.Count));
        Assert.All(resample[0], v => Assert.Contains(v, new[] { 1.0, 2, 3 }));
        Assert.All(resample[1], v => Assert.Contains(v, new[] { 10.0, 20 }));
    }

    [Fact]
    public void PercentilesInterpolateLinearlyBetweenOrderStatistics()
    {
        Assert.Equal(1.075, StratifiedBootstrap.Percentile([1, 2, 3, 4], 0.025), 12);
        Assert.Equal(3.925, StratifiedBootstrap.Percentile([1, 2, 3, 4], 0.975), 12);
    }

    [Fact]
    public void BootstrapOfEqualRunsHasZeroWidth()
    {
        // Every run of a task scores the same, so every resample is the data itself.
        IReadOnlyList<IReadOnlyList<double>> same = [[0.5, 0.5, 0.5], [0.5, 0.5]];
        Assert.Equal(new ConfidenceInterval(0.5, 0.5, 0.5), new StratifiedBootstrap(300, seed: 2).Estimate(same, AggregateScores.InterquartileMean));
        // x always 1 and y always 0 on every task: P(X > Y) is 1 on every resample.
        IReadOnlyList<IReadOnlyList<double>> ones = [[1.0, 1]], zeros = [[0.0, 0, 0]];
        Assert.Equal(new ConfidenceInterval(1, 1, 1), new StratifiedBootstrap(300, seed: 2).Estimate(ones, zeros, ProbabilityOfImprovement.Of));
    }

    [Fact]
    public void BootstrapBandOfAMeanStaysWithinTheObservedValues()
    {
        // Seeds −1 and 1: resampled means are −1, 0, 1 with probabilities ¼, ½, ¼, so the 2.5th and 97.5th percentiles are −1 and 1
        // (a Student-t interval was 0 ± 12.706 · √2 / √2 = ±12.7).
        Assert.Equal(new ConfidenceInterval(0, -1, 1), new StratifiedBootstrap(2000, seed: 0).MeanOf([-1, 1]));
        var wide = new StratifiedBootstrap(2000, seed: 5).MeanOf([0.1, 0.4, 0.2, 3]);
        Assert.Equal(0.925, wide.Estimate, 12);
        Assert.InRange(wide.Lower, 0.1, wide.Estimate);
        Assert.InRange(wide.Upper, wide.Estimate, 3);
    }

    [Fact]
    public void VectorBootstrapResamplesWholeRuns()
    {
        // Task 0 has two identical curves, task 1 one curve: every resample is the data, so each point has a zero-width interval.
        IReadOnlyList<IReadOnlyList<double[]>> curves = [[[1, 2], [1, 2]], [[3, 8]]];
        var intervals = new StratifiedBootstrap(100, seed: 1).Estimate(curves, c => [c.Average(t => t.Average(r => r[0])), c.Average(t => t.Average(r => r[1]))]);
        Assert.Equal(new[] { new ConfidenceInterval(2, 2, 2), new ConfidenceInterval(5, 5, 5) }, intervals.ToArray());
    }

    [Fact]
    public void PerformanceProfileAveragesPerTaskFractionsAboveTau()
    {
        // τ = 0: task 1 3/3, task 2 3/3, task 3 2/3 (0 is not above 0) → 8/9. τ = 0.3: 2/3, 2/3 (0.6, 1.4), 0/3 (0.3 is not above) → 4/9.
        var profile = PerformanceProfile.Of(Table, [0, 0.3, 1.4]);
        Assert.Equal(3, profile.Length);
        Assert.Equal(8 / 9.0, profile[0], 12);
        Assert.Equal(4 / 9.0, profile[1], 12);
        Assert.Equal(0, profile[2]);
        // Unequal run counts: τ = 1.5 on [[1, 2], [3]] → (½ + 1) / 2 = 0.75 (the pooled fraction would be 2/3).
        Assert.Equal(0.75, PerformanceProfile.Of([[1, 2], [3]], [1.5]).Single(), 12);
        // Every run of a task equal: the fraction is the same on every resample → [0.5, 0.5] at τ = 0.75.
        IReadOnlyList<IReadOnlyList<double>> equal = [[0.5, 0.5], [1.0, 1]];
        Assert.Equal(new ConfidenceInterval(0.5, 0.5, 0.5), new StratifiedBootstrap(200, seed: 3).Estimate(equal, s => PerformanceProfile.Of(s, [0.75])).Single());
    }

    [Fact]
    public void PerformanceProfileGridSpansTheScoresZeroAndOne()
    {
        // Normalised scores −0.5 … 2: 101 points from −0.5 to 2, 0.025 apart.
        var grid = PerformanceProfile.Grid([-0.5, 0.3, 2], normalised: true);
        Assert.Equal(101, grid.Count);
        Assert.Equal(-0.5, grid[0]);
        Assert.Equal(0.75, grid[50], 12);
        Assert.Equal(2, grid[^1]);
        // Raw returns 3 … 5: from 0 (always included) to 5; normalised 0.2 … 0.4: from 0 to 1.
        Assert.Equal((0, 5), (PerformanceProfile.Grid([3, 5], normalised: false)[0], PerformanceProfile.Grid([3, 5], normalised: false)[^1]));
        Assert.Equal((0, 1), (PerformanceProfile.Grid([0.2, 0.4], normalised: true)[0], PerformanceProfile.Grid([0.2, 0.4], normalised: true)[^1]));
    }

    [Fact]
    public void SampleEfficiencyTakesTheIqmAtEachCommonStep()
    {
        Assert.Equal([100L, 300], SampleEfficiency.CommonSteps([[(100, 0), (200, 1), (300, 2)], [(300, 5), (100, 4)]]));
        // Point 0 pooled: 0, 4, 8, 2 → sorted 0, 2, 4, 8, cut one from each end → (2 + 4) / 2 = 3. Point 1: 10, 20, 30, 40 → 25.
        IReadOnlyList<IReadOnlyList<double[]>> curves = [[[0, 10], [4, 20]], [[8, 30], [2, 40]]];
        Assert.Equal([3.0, 25], SampleEfficiency.InterquartileMeans(curves));
        // A step logged twice (a resumed run) keeps the later value.
        Assert.Equal([7.0, 2], SampleEfficiency.At([(100, 1), (200, 2), (100, 7)], [100, 200]));
    }

    [Fact]
    public void ComputeWallTimeIsHoursMinutesSeconds()
    {
        // 3725.4 s = 1 h 2 min 5.4 s → 1:02:05; 59.6 s rounds to 1:00.
        Assert.Equal("1:02:05", ComputeTable.Wall(3725.4));
        Assert.Equal("0:01:00", ComputeTable.Wall(59.6));
        Assert.Equal("—", ComputeTable.Wall(null));
    }

    [Fact]
    public void FinalScoreIsTheMeanOfTheLastKEvalReturns()
    {
        var records = new List<MetricsRecord>
        {
            new(10, new Dictionary<string, double> { ["return/eval"] = 1 }),
            new(20, new Dictionary<string, double> { ["return/train"] = 100 }),
            new(30, new Dictionary<string, double> { ["return/eval"] = 3 }),
            new(40, new Dictionary<string, double> { ["return/eval"] = 8 }),
        };
        Assert.Equal(8, FinalScore.Of(records, last: 1));
        Assert.Equal(5.5, FinalScore.Of(records, last: 2));
        Assert.Equal(4, FinalScore.Of(records, last: 10));
        Assert.Null(FinalScore.Of(records.Skip(1).Take(1).ToList(), last: 1));
    }

    [Fact]
    public void EpisodesPerEvalReadsTheEpisodeCountNotTheMeanLength()
    {
        var records = new List<MetricsRecord>
        {
            new(10, new Dictionary<string, double> { ["return/eval"] = 1, ["episode/eval_length"] = 412.5, ["episode/eval_episodes"] = 10 }),
            new(20, new Dictionary<string, double> { ["return/train"] = 100, ["episode/eval_length"] = 99 }),
            new(30, new Dictionary<string, double> { ["return/eval"] = 3, ["episode/eval_length"] = 388, ["episode/eval_episodes"] = 10 }),
        };
        Assert.Equal([10.0], FinalScore.EpisodesPerEval(records));
    }

    [Fact]
    public void EpisodesPerEvalOfAnOldMetricsFileReadsTheCountFromEvalLength()
    {
        // Written before episode/eval_episodes existed: episode/eval_length held the number of episodes; a resumed run
        // may have both kinds of record in one file.
        var records = new List<MetricsRecord>
        {
            new(10, new Dictionary<string, double> { ["return/eval"] = 1, ["episode/eval_length"] = 5 }),
            new(20, new Dictionary<string, double> { ["return/eval"] = 3, ["episode/eval_length"] = 401, ["episode/eval_episodes"] = 10 }),
            new(30, new Dictionary<string, double> { ["return/eval"] = 3 }),
        };
        Assert.Equal([5.0, 10.0], FinalScore.EpisodesPerEval(records));
    }

    [Fact]
    public void NormalisationMapsRandomToZeroAndTargetToOne()
    {
        var reference = new ReferenceScore(0.5, 30);
        Assert.Equal(0, reference.Normalize(0.5));
        Assert.Equal(1, reference.Normalize(30));
        Assert.Equal(0.5, reference.Normalize(15.25));
    }
}
