namespace Dreamer.Host.Matrix;

/// <summary>
/// Aggregate performance over a score table <c>scores[task][run]</c>, as defined by rliable (Agarwal et al., "Deep
/// Reinforcement Learning at the Edge of the Statistical Precipice", NeurIPS 2021):
/// IQM and optimality gap pool all runs of all tasks; mean and median are taken over the per-task mean scores.
/// Tasks may have different numbers of runs; a task without runs is an error.
/// </summary>
public static class AggregateScores
{
    /// <summary>
    /// The interquartile mean: the mean of the middle 50% of all pooled scores. Like <c>scipy.stats.trim_mean(x, 0.25)</c>,
    /// ⌊n/4⌋ scores are cut from each end of the sorted scores.
    /// </summary>
    public static double InterquartileMean(IReadOnlyList<IReadOnlyList<double>> scores)
    {
        var pooled = Pool(scores);
        Array.Sort(pooled);
        var cut = pooled.Length / 4;
        return pooled[cut..(pooled.Length - cut)].Average();
    }

    /// <summary>The mean over tasks of each task's mean score.</summary>
    public static double Mean(IReadOnlyList<IReadOnlyList<double>> scores) => TaskMeans(scores).Average();

    /// <summary>The median over tasks of each task's mean score (the mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyList<IReadOnlyList<double>> scores)
    {
        var means = TaskMeans(scores);
        Array.Sort(means);
        var middle = means.Length / 2;
        return means.Length % 2 == 1 ? means[middle] : (means[middle - 1] + means[middle]) / 2;
    }

    /// <summary>The optimality gap: the mean over all pooled scores of <c>max(0, γ − score)</c>; γ = 1 on normalised scores.</summary>
    public static double OptimalityGap(IReadOnlyList<IReadOnlyList<double>> scores, double gamma = 1) =>
        Pool(scores).Average(score => Math.Max(0, gamma - score));

    private static double[] TaskMeans(IReadOnlyList<IReadOnlyList<double>> scores) => Check(scores).Select(task => task.Average()).ToArray();

    private static double[] Pool(IReadOnlyList<IReadOnlyList<double>> scores) => Check(scores).SelectMany(task => task).ToArray();

    private static IReadOnlyList<IReadOnlyList<double>> Check(IReadOnlyList<IReadOnlyList<double>> scores)
    {
        if (scores.Count == 0 || scores.Any(task => task.Count == 0))
            throw new ArgumentException("every task needs at least one run score", nameof(scores));
        return scores;
    }
}
