namespace Dreamer.Host.Matrix;

/// <summary>
/// Performance profiles as rliable's score distributions: at each threshold τ, the fraction of runs whose score is
/// above τ, taken per task and averaged over tasks (for tables with the same run count per task this is the
/// fraction of all runs × tasks, <c>np.mean(scores &gt; τ)</c>).
/// </summary>
public static class PerformanceProfile
{
    /// <summary>Points of the default τ grid.</summary>
    public const int GridPoints = 101;

    /// <summary>The profile of <c>scores[task][run]</c> at every τ of <paramref name="taus"/>.</summary>
    public static double[] Of(IReadOnlyList<IReadOnlyList<double>> scores, IReadOnlyList<double> taus) =>
        taus.Select(tau => scores.Average(task => task.Count(score => score > tau) / (double)task.Count)).ToArray();

    /// <summary>
    /// The τ grid: <paramref name="points"/> evenly spaced values from the lowest to the highest of <paramref name="scores"/>
    /// (every run of every arm), widened to include 0 and, for normalised scores, 1; the last point is the highest exactly.
    /// </summary>
    public static IReadOnlyList<double> Grid(IEnumerable<double> scores, bool normalised, int points = GridPoints)
    {
        var all = scores.ToList();
        var low = Math.Min(0, all.Count == 0 ? 0 : all.Min());
        var high = Math.Max(normalised ? 1 : 0, all.Count == 0 ? 0 : all.Max());
        if (high == low) high = low + 1;
        return Enumerable.Range(0, points).Select(i => i == points - 1 ? high : low + (high - low) * i / (points - 1)).ToList();
    }
}
