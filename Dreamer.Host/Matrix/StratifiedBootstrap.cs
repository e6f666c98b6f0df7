namespace Dreamer.Host.Matrix;

/// <summary>
/// Percentile confidence intervals by the stratified bootstrap (rliable): each resample draws, for every task
/// separately, as many runs as the task has, with replacement, from that task's runs; the statistic is computed on
/// every resample and the interval is the (1 − level)/2 and (1 + level)/2 percentiles of those values (linear
/// interpolation between order statistics, as numpy's default). Seeded, so a report is reproducible.
/// </summary>
public sealed class StratifiedBootstrap(int repetitions, int seed)
{
    /// <summary>The interval of <paramref name="statistic"/> over <c>scores[task][run]</c>; the estimate is the statistic of the data itself.</summary>
    public ConfidenceInterval Estimate(IReadOnlyList<IReadOnlyList<double>> scores, Func<IReadOnlyList<IReadOnlyList<double>>, double> statistic, double level = 0.95)
    {
        var random = new Random(seed);
        var values = new double[repetitions];
        for (var i = 0; i < repetitions; i++) values[i] = statistic(Resample(scores, random));
        return Interval(statistic(scores), values, level);
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

    /// <summary>One stratified resample: every task keeps its run count, runs drawn with replacement within the task.</summary>
    public static IReadOnlyList<IReadOnlyList<double>> Resample(IReadOnlyList<IReadOnlyList<double>> scores, Random random)
    {
        var resample = new IReadOnlyList<double>[scores.Count];
        for (var task = 0; task < scores.Count; task++)
        {
            var runs = scores[task];
            var drawn = new double[runs.Count];
            for (var run = 0; run < drawn.Length; run++) drawn[run] = runs[random.Next(runs.Count)];
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
