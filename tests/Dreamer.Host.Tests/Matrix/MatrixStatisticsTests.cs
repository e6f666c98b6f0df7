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
    public void SeedIntervalUsesStudentT()
    {
        // mean 2, s = 1, n = 3: 2 ± 4.303 / √3.
        var interval = SeedInterval.Of([1, 2, 3]);
        Assert.Equal(2 - 4.303 / Math.Sqrt(3), interval.Lower, 12);
        Assert.Equal(2 + 4.303 / Math.Sqrt(3), interval.Upper, 12);
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
    public void NormalisationMapsRandomToZeroAndTargetToOne()
    {
        var reference = new ReferenceScore(0.5, 30);
        Assert.Equal(0, reference.Normalize(0.5));
        Assert.Equal(1, reference.Normalize(30));
        Assert.Equal(0.5, reference.Normalize(15.25));
    }
}
