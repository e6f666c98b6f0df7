using System.Globalization;
using System.Text;
using Dreamer.Training.Logging;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Writes <c>report.md</c> and its PNG plots into a matrix folder: learning curves per environment (one line per
/// cell, mean over seeds with a 95% t band), final scores per environment with 95% t intervals, and aggregates over
/// seeds and environments (IQM, mean, median, optimality gap) with stratified-bootstrap 95% intervals, plus the
/// probability of improvement between every two cells. Scores are normalised when every environment has reference
/// scores.
/// </summary>
public sealed class MatrixReport(MatrixManifest manifest, string matrixDirectory, ReportOptions options)
{
    /// <summary>The report's file name in the matrix folder.</summary>
    public const string FileName = "report.md";

    private const string BaseEnvironment = "base";

    /// <summary>Writes the report and its plots; returns the report's path.</summary>
    public string Write()
    {
        var runs = manifest.Cells.Select(cell =>
        {
            var runDirectory = cell.RunDirectory(matrixDirectory);
            var records = MetricsLog.Read(Path.Combine(runDirectory, "metrics.jsonl"));
            return (Cell: cell, Status: RunStatusFile.Read(runDirectory), Curve: FinalScore.EvalCurve(records), Score: FinalScore.Of(records, options.Last));
        }).ToList();
        var variants = manifest.Cells.Select(c => c.Variant).Distinct().ToList();
        var environments = manifest.Cells.Select(c => c.Environment ?? BaseEnvironment).Distinct().ToList();
        var labels = MatrixPlan.EnvironmentLabels(environments);
        var normalised = environments.All(manifest.ReferenceScores.ContainsKey);

        var builder = new StringBuilder();
        builder.AppendLine("# Matrix report").AppendLine();
        builder.AppendLine(CultureInfo.InvariantCulture, $"- matrix file: `{manifest.MatrixFile}`; base: `{manifest.BasePath}`");
        var states = runs.GroupBy(r => MatrixStatusTable.StateOf(r.Status, false)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"- cells: {runs.Count} ({string.Join(", ", states)}); runs with eval returns: {runs.Count(r => r.Score is not null)}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"- final score of a run: mean of its last {options.Last} `{FinalScore.EvalReturn}` value(s)");
        builder.AppendLine(normalised
            ? "- scores are normalised per environment: (score − random) / (target − random)"
            : "- scores are raw returns (normalised scores need `reference_scores` for every environment)");
        builder.AppendLine(CultureInfo.InvariantCulture, $"- intervals: 95%; aggregates by stratified bootstrap, {options.Repetitions} resamples, seed {options.Seed}").AppendLine();

        builder.AppendLine("## Learning curves").AppendLine();
        foreach (var environment in environments)
        {
            var series = variants.Select(variant => CurveSeries.Average(variant,
                runs.Where(r => r.Cell.Variant == variant && (r.Cell.Environment ?? BaseEnvironment) == environment).Select(r => r.Curve))).ToList();
            var file = $"plots/curve-{CellFolderName.Sanitize(labels[environment])}.png";
            CurvePlot.Save(Path.Combine(matrixDirectory, file), $"{environment}: eval return", series);
            builder.AppendLine(CultureInfo.InvariantCulture, $"### {environment}").AppendLine().AppendLine(CultureInfo.InvariantCulture, $"![{environment}]({file})").AppendLine();
        }

        builder.AppendLine("## Final scores").AppendLine();
        builder.AppendLine("Raw eval returns, mean over seeds with a 95% Student-t interval.").AppendLine();
        builder.AppendLine("| environment | cell | seeds | mean | 95% CI | scores |").AppendLine("|---|---|---|---|---|---|");
        var finalSeries = variants.Select(v => (Label: v, Values: (IReadOnlyList<ConfidenceInterval?>)new ConfidenceInterval?[environments.Count])).ToList();
        for (var e = 0; e < environments.Count; e++)
        {
            for (var v = 0; v < variants.Count; v++)
            {
                var scores = Scores(runs.Select(r => (r.Cell, r.Score)), variants[v], environments[e], normalise: false);
                if (scores.Count == 0) continue;
                var interval = SeedInterval.Of(scores);
                ((ConfidenceInterval?[])finalSeries[v].Values)[e] = interval;
                builder.AppendLine(CultureInfo.InvariantCulture,
                    $"| {environments[e]} | {variants[v]} | {scores.Count} | {F(interval.Estimate)} | [{F(interval.Lower)}, {F(interval.Upper)}] | {string.Join(", ", scores.Select(F))} |");
            }
        }
        IntervalPlot.Save(Path.Combine(matrixDirectory, "plots/final-scores.png"), "final scores", "eval return (mean over seeds, 95% CI)",
            environments.Select(e => labels[e]).ToList(), finalSeries);
        builder.AppendLine().AppendLine("![final scores](plots/final-scores.png)").AppendLine();

        WriteAggregates(builder, runs.Select(r => (r.Cell, r.Score)).ToList(), variants, environments, normalised);
        var path = Path.Combine(matrixDirectory, FileName);
        File.WriteAllText(path + ".partial", builder.ToString());
        File.Move(path + ".partial", path, overwrite: true);
        return path;
    }

    private void WriteAggregates(StringBuilder builder, List<(MatrixCell Cell, double? Score)> runs, List<string> variants, List<string> environments, bool normalised)
    {
        builder.AppendLine("## Aggregates across seeds and environments").AppendLine();
        var tables = variants.ToDictionary(v => v, v => environments.Select(e => (IReadOnlyList<double>)Scores(runs, v, e, normalised)).ToList());
        var complete = variants.Where(v => tables[v].All(task => task.Count > 0)).ToList();
        foreach (var missing in variants.Except(complete))
            builder.AppendLine(CultureInfo.InvariantCulture, $"- `{missing}` is left out: some environment has no run with an eval return.");
        builder.AppendLine("IQM and optimality gap pool all runs of all environments; mean and median are over per-environment mean scores" +
            (normalised ? "; optimality gap = mean of max(0, 1 − score)." : "; the optimality gap needs normalised scores and is not shown.")).AppendLine();
        if (complete.Count == 0) return;

        var bootstrap = new StratifiedBootstrap(options.Repetitions, options.Seed);
        var metrics = new List<(string Name, Func<IReadOnlyList<IReadOnlyList<double>>, double> Statistic)>
        {
            ("IQM", AggregateScores.InterquartileMean),
            ("mean", AggregateScores.Mean),
            ("median", AggregateScores.Median),
        };
        if (normalised) metrics.Add(("optimality gap", s => AggregateScores.OptimalityGap(s)));
        builder.AppendLine("| cell | " + string.Join(" | ", metrics.Select(m => m.Name)) + " |");
        builder.AppendLine("|---|" + string.Concat(metrics.Select(_ => "---|")));
        var series = new List<(string Label, IReadOnlyList<ConfidenceInterval?> Values)>();
        foreach (var variant in complete)
        {
            var intervals = metrics.Select(m => bootstrap.Estimate(tables[variant], m.Statistic)).ToList();
            series.Add((variant, intervals.Cast<ConfidenceInterval?>().ToList()));
            builder.AppendLine(CultureInfo.InvariantCulture, $"| {variant} | {string.Join(" | ", intervals.Select(i => $"{F(i.Estimate)} [{F(i.Lower)}, {F(i.Upper)}]"))} |");
        }
        IntervalPlot.Save(Path.Combine(matrixDirectory, "plots/aggregates.png"), normalised ? "aggregate normalised scores" : "aggregate raw scores",
            "score (95% stratified-bootstrap CI)", metrics.Select(m => m.Name).ToList(), series);
        builder.AppendLine().AppendLine("![aggregates](plots/aggregates.png)").AppendLine();

        if (complete.Count < 2) return;
        builder.AppendLine("## Probability of improvement").AppendLine();
        builder.AppendLine("P(row > column): the average over environments of P(X > Y) + ½ P(X = Y) over all run pairs (Mann–Whitney U / mn), with a 95% stratified-bootstrap interval.").AppendLine();
        builder.AppendLine("| P(row > column) | " + string.Join(" | ", complete) + " |");
        builder.AppendLine("|---|" + string.Concat(complete.Select(_ => "---|")));
        foreach (var x in complete)
        {
            var cells = complete.Select(y => x == y ? "—" : Interval(bootstrap.Estimate(tables[x], tables[y], ProbabilityOfImprovement.Of)));
            builder.AppendLine(CultureInfo.InvariantCulture, $"| {x} | {string.Join(" | ", cells)} |");
        }
        builder.AppendLine();
    }

    private List<double> Scores(IEnumerable<(MatrixCell Cell, double? Score)> runs, string variant, string environment, bool normalise) =>
        runs.Where(r => r.Cell.Variant == variant && (r.Cell.Environment ?? BaseEnvironment) == environment && r.Score is not null)
            .Select(r => normalise ? manifest.ReferenceScores[environment].Normalize(r.Score!.Value) : r.Score!.Value).ToList();

    private static string Interval(ConfidenceInterval interval) => $"{F(interval.Estimate)} [{F(interval.Lower)}, {F(interval.Upper)}]";

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
