namespace Dreamer.Host.Matrix;

/// <summary>
/// Aggregate sample-efficiency curves (rliable): at each eval step, the IQM over all runs × tasks of the (normalised)
/// eval return, with a stratified-bootstrap band (a drawn run brings its whole curve). Only the steps that every run
/// of the arm logged are used; a run without eval returns is left out.
/// </summary>
public static class SampleEfficiency
{
    /// <summary>The steps every curve holds, ascending.</summary>
    public static IReadOnlyList<long> CommonSteps(IReadOnlyList<IReadOnlyList<(long Step, double Return)>> curves) =>
        curves.Count == 0 ? [] : curves.Select(c => c.Select(p => p.Step).ToHashSet()).Aggregate((a, b) => { a.IntersectWith(b); return a; }).Order().ToList();

    /// <summary>
    /// The curve of <paramref name="arm"/>, or null when some task has no run with eval returns; with the number of
    /// logged steps left out because not every run has them.
    /// </summary>
    public static (CurveSeries Series, int StepsLeftOut)? Of(MatrixResults results, string arm, StratifiedBootstrap bootstrap)
    {
        var byTask = results.Tasks.Select(task => results.RunsOf(arm, task).Where(r => r.Curve.Count > 0).ToList()).ToList();
        if (byTask.Any(runs => runs.Count == 0)) return null;
        var curves = byTask.SelectMany(runs => runs.Select(r => r.Curve)).ToList();
        var steps = CommonSteps(curves);
        var logged = curves.SelectMany(c => c.Select(p => p.Step)).Distinct().Count();
        IReadOnlyList<IReadOnlyList<double[]>> table = byTask.Select((runs, t) =>
            (IReadOnlyList<double[]>)runs.Select(r => At(r.Curve, steps).Select(v => results.Scored(results.Tasks[t], v)).ToArray()).ToList()).ToList();
        var intervals = bootstrap.Estimate(table, InterquartileMeans);
        return (new CurveSeries(arm, steps.Select(s => (double)s).ToList(), intervals), logged - steps.Count);
    }

    /// <summary>The IQM of each point of the curves <c>[task][run][point]</c>.</summary>
    public static double[] InterquartileMeans(IReadOnlyList<IReadOnlyList<double[]>> curves)
    {
        var points = curves[0][0].Length;
        var result = new double[points];
        for (var p = 0; p < points; p++)
            result[p] = AggregateScores.InterquartileMean(curves.Select(task => (IReadOnlyList<double>)task.Select(run => run[p]).ToList()).ToList());
        return result;
    }

    /// <summary>The return at each of <paramref name="steps"/> (the last one logged at a step that appears twice).</summary>
    public static double[] At(IReadOnlyList<(long Step, double Return)> curve, IReadOnlyList<long> steps)
    {
        var byStep = new Dictionary<long, double>();
        foreach (var (step, value) in curve) byStep[step] = value;
        return steps.Select(s => byStep[s]).ToArray();
    }
}
