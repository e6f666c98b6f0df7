using System.Globalization;
using System.Text;

namespace Dreamer.Host.Matrix;

/// <summary>
/// The report's comparisons across seeds and environments, as rliable makes them: aggregates (IQM, mean, median,
/// optimality gap), the probability of improvement of every arm over the baseline, performance profiles and
/// aggregate sample-efficiency curves, each with stratified-bootstrap 95% intervals and a PNG.
/// </summary>
public static class ReportComparisons
{
    /// <summary>Appends the sections to <paramref name="builder"/> and writes their plots under <paramref name="matrixDirectory"/>.</summary>
    public static void Write(StringBuilder builder, MatrixResults results, string baseline, StratifiedBootstrap bootstrap, string matrixDirectory)
    {
        var scoreName = results.Normalised ? "normalised score" : "raw score";
        builder.AppendLine("## Aggregates across seeds and environments").AppendLine();
        var complete = results.Arms.Where(arm => results.Table(arm).All(task => task.Count > 0)).ToList();
        foreach (var missing in results.Arms.Except(complete))
            builder.AppendLine(CultureInfo.InvariantCulture, $"- `{missing}` is left out of every comparison: some environment has no run with an eval return.");
        builder.AppendLine("IQM (the mean of the middle 50% of all runs × environments pooled) and optimality gap pool every run; " +
            "mean and median are over the per-environment mean scores" +
            (results.Normalised ? "; optimality gap = mean of max(0, 1 − score)." : "; the optimality gap needs normalised scores and is not shown.")).AppendLine();
        if (complete.Count == 0) return;
        var tables = complete.ToDictionary(arm => arm, results.Table);

        var metrics = new List<(string Name, Func<IReadOnlyList<IReadOnlyList<double>>, double> Statistic)>
        {
            ("IQM", AggregateScores.InterquartileMean),
            ("mean", AggregateScores.Mean),
            ("median", AggregateScores.Median),
        };
        if (results.Normalised) metrics.Add(("optimality gap", s => AggregateScores.OptimalityGap(s)));
        builder.AppendLine("| arm | " + string.Join(" | ", metrics.Select(m => m.Name)) + " |");
        builder.AppendLine("|---|" + string.Concat(metrics.Select(_ => "---|")));
        var aggregates = new List<(string Label, IReadOnlyList<ConfidenceInterval?> Values)>();
        foreach (var arm in complete)
        {
            var intervals = metrics.Select(m => bootstrap.Estimate(tables[arm], m.Statistic)).ToList();
            aggregates.Add((arm, intervals.Cast<ConfidenceInterval?>().ToList()));
            builder.AppendLine(CultureInfo.InvariantCulture, $"| {arm} | {string.Join(" | ", intervals.Select(Interval))} |");
        }
        IntervalPlot.Save(Path.Combine(matrixDirectory, "plots/aggregates.png"), $"aggregate {scoreName}s (95% stratified-bootstrap CIs)", scoreName,
            metrics.Select(m => m.Name).ToList(), aggregates);
        builder.AppendLine().AppendLine("![aggregates](plots/aggregates.png)").AppendLine();

        WriteImprovement(builder, results, baseline, complete, tables, bootstrap, matrixDirectory);
        WriteProfiles(builder, results, complete, tables, bootstrap, matrixDirectory, scoreName);
        WriteSampleEfficiency(builder, results, complete, bootstrap, matrixDirectory, scoreName);
    }

    private static void WriteImprovement(StringBuilder builder, MatrixResults results, string baseline, List<string> complete,
        Dictionary<string, IReadOnlyList<IReadOnlyList<double>>> tables, StratifiedBootstrap bootstrap, string matrixDirectory)
    {
        builder.AppendLine("## Probability of improvement over the baseline").AppendLine();
        if (!complete.Contains(baseline))
        {
            builder.AppendLine(CultureInfo.InvariantCulture, $"The baseline `{baseline}` has no score on some environment; no comparison is made.").AppendLine();
            return;
        }
        var others = complete.Where(arm => arm != baseline).ToList();
        if (others.Count == 0)
        {
            builder.AppendLine("Only the baseline has scores; there is nothing to compare.").AppendLine();
            return;
        }
        var definition = $"P(arm > `{baseline}`): the average over environments of P(X > Y) + ½ P(X = Y) over every pair of a run X of the arm and a run Y " +
            "of the baseline (Mann–Whitney U / mn), with a 95% stratified-bootstrap interval (both arms resampled). Above 0.5: the arm tends to score higher.";
        builder.AppendLine(definition).AppendLine();
        builder.AppendLine(CultureInfo.InvariantCulture, $"| arm | P(arm > {baseline}) |").AppendLine("|---|---|");
        var intervals = others.Select(arm => bootstrap.Estimate(tables[arm], tables[baseline], ProbabilityOfImprovement.Of)).ToList();
        for (var i = 0; i < others.Count; i++) builder.AppendLine(CultureInfo.InvariantCulture, $"| {others[i]} | {Interval(intervals[i])} |");
        IntervalPlot.Save(Path.Combine(matrixDirectory, "plots/probability-of-improvement.png"), $"P(arm > {baseline}) (95% stratified-bootstrap CIs)",
            "probability of improvement", others, [($"P(arm > {baseline})", intervals.Cast<ConfidenceInterval?>().ToList())], yRange: (-0.05, 1.05), reference: 0.5);
        builder.AppendLine().AppendLine("![probability of improvement](plots/probability-of-improvement.png)").AppendLine();
    }

    private static void WriteProfiles(StringBuilder builder, MatrixResults results, List<string> complete,
        Dictionary<string, IReadOnlyList<IReadOnlyList<double>>> tables, StratifiedBootstrap bootstrap, string matrixDirectory, string scoreName)
    {
        var taus = PerformanceProfile.Grid(complete.SelectMany(arm => tables[arm].SelectMany(task => task)), results.Normalised);
        builder.AppendLine("## Performance profiles").AppendLine();
        builder.AppendLine(CultureInfo.InvariantCulture,
            $"The fraction of runs with a {scoreName} above τ (per environment, then averaged over environments: rliable's score distribution) " +
            $"at {taus.Count} thresholds from {MatrixReport.F(taus[0])} to {MatrixReport.F(taus[^1])}, with 95% stratified-bootstrap bands.").AppendLine();
        var marks = new[] { 0, taus.Count / 4, taus.Count / 2, 3 * taus.Count / 4, taus.Count - 1 };
        builder.AppendLine("| arm | " + string.Join(" | ", marks.Select(m => $"τ = {MatrixReport.F(taus[m])}")) + " |");
        builder.AppendLine("|---|" + string.Concat(marks.Select(_ => "---|")));
        var series = new List<CurveSeries>();
        foreach (var arm in complete)
        {
            var profile = bootstrap.Estimate(tables[arm], s => PerformanceProfile.Of(s, taus));
            series.Add(new CurveSeries(arm, taus, profile));
            builder.AppendLine(CultureInfo.InvariantCulture, $"| {arm} | {string.Join(" | ", marks.Select(m => Interval(profile[m])))} |");
        }
        CurvePlot.Save(Path.Combine(matrixDirectory, "plots/performance-profile.png"), "performance profile (95% stratified-bootstrap bands)", $"{scoreName} τ",
            "fraction of runs with score > τ", series);
        builder.AppendLine().AppendLine("![performance profile](plots/performance-profile.png)").AppendLine();
    }

    private static void WriteSampleEfficiency(StringBuilder builder, MatrixResults results, List<string> complete,
        StratifiedBootstrap bootstrap, string matrixDirectory, string scoreName)
    {
        builder.AppendLine("## Sample efficiency").AppendLine();
        var definition = $"IQM over all runs × environments of the {scoreName} of each eval against environment steps, with 95% stratified-bootstrap bands " +
            "(a resampled run brings its whole curve). An arm's curve uses only the steps at which every one of its runs logged an eval.";
        builder.AppendLine(definition).AppendLine();
        builder.AppendLine("| arm | steps used | steps left out | first step | last step | IQM at the last step |").AppendLine("|---|---|---|---|---|---|");
        var series = new List<CurveSeries>();
        foreach (var arm in complete)
        {
            if (SampleEfficiency.Of(results, arm, bootstrap) is not { } found) continue;
            var (curve, leftOut) = found;
            series.Add(curve);
            var last = curve.X.Count == 0 ? "—" : Interval(curve.Values[^1]);
            var first = curve.X.Count == 0 ? "—" : MatrixReport.F(curve.X[0]);
            var final = curve.X.Count == 0 ? "—" : MatrixReport.F(curve.X[^1]);
            builder.AppendLine(CultureInfo.InvariantCulture, $"| {arm} | {curve.X.Count} | {leftOut} | {first} | {final} | {last} |");
        }
        CurvePlot.Save(Path.Combine(matrixDirectory, "plots/sample-efficiency.png"), "sample efficiency (95% stratified-bootstrap bands)", "environment steps",
            $"IQM {scoreName}", series);
        builder.AppendLine().AppendLine("![sample efficiency](plots/sample-efficiency.png)").AppendLine();
    }

    private static string Interval(ConfidenceInterval interval) =>
        $"{MatrixReport.F(interval.Estimate)} [{MatrixReport.F(interval.Lower)}, {MatrixReport.F(interval.Upper)}]";
}
