namespace Dreamer.Benchmarks;

/// <summary>
/// Median, 90th percentile (nearest rank: the ⌈0.9·n⌉-th smallest), minimum and mean of a list of timings in
/// milliseconds, with the timings themselves.
/// </summary>
public sealed record TimingStatistics(double Median, double P90, double Min, double Mean, IReadOnlyList<double> Values)
{
    public static TimingStatistics Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("no timings: --updates must be at least 1", nameof(values));
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p90 = sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
        return new TimingStatistics(median, p90, sorted[0], sorted.Average(), values);
    }
}
