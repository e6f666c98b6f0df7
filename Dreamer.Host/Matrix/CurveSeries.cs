namespace Dreamer.Host.Matrix;

/// <summary>One line of a curve plot: an estimate with its 95% band at each x (environment steps, or thresholds τ).</summary>
public sealed record CurveSeries(string Label, IReadOnlyList<double> X, IReadOnlyList<ConfidenceInterval> Values)
{
    /// <summary>
    /// The mean over seeds of (step, return) curves at each step, with the bootstrap percentile band of that mean
    /// (which stays within the observed returns); a step counts the seeds that logged it.
    /// </summary>
    public static CurveSeries Average(string label, IEnumerable<IReadOnlyList<(long Step, double Return)>> seeds, StratifiedBootstrap bootstrap)
    {
        var byStep = seeds.SelectMany(curve => curve).GroupBy(p => p.Step).OrderBy(g => g.Key).ToList();
        return new CurveSeries(label, byStep.Select(g => (double)g.Key).ToList(), byStep.Select(g => bootstrap.MeanOf(g.Select(p => p.Return).ToList())).ToList());
    }
}
