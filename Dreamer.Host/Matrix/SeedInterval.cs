namespace Dreamer.Host.Matrix;

/// <summary>
/// The mean of a few seeds' values with a 95% Student-t confidence interval, <c>mean ± t(0.975, n−1) · s / √n</c>
/// (s the sample standard deviation); a single value has an interval of zero width.
/// </summary>
public static class SeedInterval
{
    private static readonly double[] T975 =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    /// <summary>The two-sided 95% Student-t quantile for <paramref name="degrees"/> degrees of freedom (1.96 above 30).</summary>
    public static double TQuantile(int degrees) => degrees <= T975.Length ? T975[degrees - 1] : 1.96;

    /// <summary>The mean and its 95% interval.</summary>
    public static ConfidenceInterval Of(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        if (values.Count < 2) return new ConfidenceInterval(mean, mean, mean);
        var deviation = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
        var half = TQuantile(values.Count - 1) * deviation / Math.Sqrt(values.Count);
        return new ConfidenceInterval(mean, mean - half, mean + half);
    }
}
