namespace Dreamer.Host.Matrix;

/// <summary>
/// Percentile confidence intervals by the stratified bootstrap (rliable): each resample draws, for every task
/// separately, as many runs as the task has, with replacement, from that task's runs; the statistic is computed on
/// every resample and the interval is the (1 − level)/2 and (1 + level)/2 percentiles of those values (linear
/// interpolation between order statistics, as numpy's default). A run may be a single score or a whole curve (every
/// point of a drawn run comes along). Seeded: every estimate starts a fresh <see cref="Random"/> from the seed, so a
/// report is reproducible.
/// </summary>
public sealed class StratifiedBootstrap(int repetitions, int seed)
{
    /// <summary>The interval of <paramref name="statistic"/> over <c>scores[task][run]</c>; the estimate is the statistic of the data itself.</summary>
    public ConfidenceInterval Estimate(IReadOnlyList<IReadOnlyList<double>> scores, Func<IReadOnlyList<IReadOnlyList<double>>, double> statistic, double level = 0.95) =>
        Estimate(scores, s => [statistic(s)], level)[0];

    /// <summary>
    /// The intervals of a vector-valued statistic (a profile over thresholds, a curve over steps) over
    /// <c>runs[task][run]</c>: one interval per component, all components computed on the same resamples.
    /// </summary>
    public IReadOnlyList<ConfidenceInterval> Estimate<T>(IReadOnlyList<IReadOnlyList<T>> runs, Func<IReadOnlyList<IReadOnlyList<T>>, double[]> statistic, double level = 0.95)
    {
        var random = new Random(seed);
        var estimate = statistic(runs);
        var values = new double[estimate.Length][];
        for (var k = 0; k < estimate.Length; k++) values[k] = new double[repetitions];
        for (var i = 0; i < repetitions; i++)
        {
            var resampled = statistic(Resample(runs, random));
            for (var k = 0; k < estimate.Length; k++) values[k][i] = resampled[k];
        }
        return estimate.Select((e, k) => Interval(e, values[k], level)).ToList();
    }

    /// <summary>The interval of a statistic of two score tables, each resampled (stratified) on every repetition.</summary>
    public ConfidenceInterval Estimate(
        IReadOnlyList<IReadOnlyList<double>> x,
        IReadOnlyList<IReadOnlyList<double>> y,
        Func<IReadOnlyList<IReadOnlyList<double>>, IReadOnlyList<IReadOnlyList<double>>, double> statistic,
        double level = 0.95)
    {
        var random = new Random(seed);
        var values = new double[repetitions];
        for (var i = 0; i < repetitions; i++) values[i] = statistic(Resample(x, random), Resample(y, random));
        return Interval(statistic(x, y), values, level);
    }

    /// <summary>The mean of a few seeds' values with the bootstrap percentile interval of that mean (one task).</summary>
    public ConfidenceInterval MeanOf(IReadOnlyList<double> values) => Estimate([values], s => s[0].Average());

    /// <summary>One stratified resample: every task keeps its run count, runs drawn with replacement within the task.</summary>
    public static IReadOnlyList<IReadOnlyList<T>> Resample<T>(IReadOnlyList<IReadOnlyList<T>> runs, Random random)
    {
        var resample = new IReadOnlyList<T>[runs.Count];
        for (var task = 0; task < runs.Count; task++)
        {
            var taskRuns = runs[task];
            var drawn = new T[taskRuns.Count];
            for (var run = 0; run < drawn.Length; run++) drawn[run] = taskRuns[random.Next(taskRuns.Count)];
            resample[task] = drawn;
        }
        return resample;
    }

    /// <summary>The <paramref name="fraction"/> percentile of <paramref name="sorted"/> with linear interpolation.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction)
    {
        var position = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private static ConfidenceInterval Interval(double estimate, double[] values, double level)
    {
        Array.Sort(values);
        return new ConfidenceInterval(estimate, Percentile(values, (1 - level) / 2), Percentile(values, (1 + level) / 2));
    }
}
