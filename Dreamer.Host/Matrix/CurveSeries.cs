namespace Dreamer.Host.Matrix;

/// <summary>One line of a learning-curve plot: the mean over seeds at each step, with its 95% band.</summary>
public sealed record CurveSeries(string Label, IReadOnlyList<long> Steps, IReadOnlyList<ConfidenceInterval> Values)
{
    /// <summary>Averages seeds' (step, return) curves step by step; a step counts the seeds that logged it.</summary>
    public static CurveSeries Average(string label, IEnumerable<IReadOnlyList<(long Step, double Return)>> seeds)
    {
        var byStep = seeds.SelectMany(curve => curve).GroupBy(p => p.Step).OrderBy(g => g.Key).ToList();
        return new CurveSeries(label, byStep.Select(g => g.Key).ToList(), byStep.Select(g => SeedInterval.Of(g.Select(p => p.Return).ToList())).ToList());
    }
}
