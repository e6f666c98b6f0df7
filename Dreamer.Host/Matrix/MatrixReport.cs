using System.Globalization;
using System.Text;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Writes <c>report.md</c> and its PNG plots into a matrix folder: the scoring protocol, each cell's differences from
/// the base composition, the compute of every cell,
/// learning curves and final scores per environment (mean over seeds with 95% bootstrap percentile intervals), and
/// the rliable comparisons of <see cref="ReportComparisons"/>. Environments are named by their keys; paths are
/// relative to the matrix file; the same options give the same report.
/// </summary>
public sealed class MatrixReport(MatrixManifest manifest, string matrixDirectory, ReportOptions options)
{
    /// <summary>The report's file name in the matrix folder.</summary>
    public const string FileName = "report.md";

    /// <summary>Writes the report and its plots; returns the report's path.</summary>
    public string Write()
    {
        var results = MatrixResults.Load(manifest, matrixDirectory, options.Last, options.EvalStep);
        var baseline = options.Baseline ?? results.Arms.FirstOrDefault() ?? "";
        if (!results.Arms.Contains(baseline))
            throw new ArgumentException($"--baseline: '{baseline}' is not an arm; allowed: {string.Join(", ", results.Arms)}");
        var bootstrap = new StratifiedBootstrap(options.Repetitions, options.Seed);
        var labels = MatrixPlan.EnvironmentLabels(results.Tasks);

        var builder = new StringBuilder();
        builder.AppendLine("# Matrix report").AppendLine();
        builder.AppendLine(CultureInfo.InvariantCulture,
            $"- matrix file: `{ReportPaths.MatrixFile(manifest)}`; base composition: `{ReportPaths.BaseComposition(manifest)}` (relative to the matrix file)");
        var states = results.Runs.GroupBy(r => MatrixStatusTable.StateOf(r.Status, false)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        builder.AppendLine(CultureInfo.InvariantCulture,
            $"- cells: {results.Runs.Count} ({string.Join(", ", states)}); runs with eval returns: {results.Runs.Count(r => r.Score is not null)}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"- arms: {string.Join(", ", results.Arms.Select(a => $"`{a}`"))}; baseline: `{baseline}`");
        builder.AppendLine(CultureInfo.InvariantCulture, $"- environments (tasks): {string.Join(", ", results.Tasks.Select(t => $"`{t}`"))}; seeds (runs): {string.Join(", ", results.Seeds)}");
        builder.AppendLine(CultureInfo.InvariantCulture,
            $"- intervals: 95% percentile intervals of the stratified bootstrap, {options.Repetitions} resamples, seed {options.Seed}").AppendLine();

        builder.AppendLine("## Scoring protocol").AppendLine();
        foreach (var line in ScoringProtocol.Describe(results, options.Last)) builder.AppendLine(line);
        builder.AppendLine(results.Normalised
            ? "- normalised scores: (score − random) / (target − random) with each environment's `reference_scores`; aggregates use them"
            : "- aggregates use raw returns (normalised scores need `reference_scores` for every environment)");
        builder.AppendLine();

        builder.AppendLine("## Cells and their differences from the base").AppendLine();
        foreach (var line in DifferencesTable.Markdown(manifest)) builder.AppendLine(line);
        builder.AppendLine();

        builder.AppendLine("## Compute").AppendLine();
        builder.AppendLine("From each cell's status.json (`wall_seconds`, `step`, `updates`, `device`).").AppendLine();
        foreach (var line in ComputeTable.Markdown(results)) builder.AppendLine(line);
        builder.AppendLine();

        WriteCurves(builder, results, labels, bootstrap);
        WriteFinalScores(builder, results, labels, bootstrap);
        ReportComparisons.Write(builder, results, baseline, bootstrap, matrixDirectory);

        var path = Path.Combine(matrixDirectory, FileName);
        File.WriteAllText(path + ".partial", builder.ToString());
        File.Move(path + ".partial", path, overwrite: true);
        return path;
    }

    private void WriteCurves(StringBuilder builder, MatrixResults results, IReadOnlyDictionary<string, string> labels, StratifiedBootstrap bootstrap)
    {
        builder.AppendLine("## Learning curves").AppendLine();
        builder.AppendLine("Raw eval return against environment steps, one line per arm: the mean over the seeds that logged each step, " +
            "with the 95% bootstrap percentile band of that mean (it stays within the observed returns).").AppendLine();
        foreach (var task in results.Tasks)
        {
            var series = results.Arms.Select(arm => CurveSeries.Average(arm, results.RunsOf(arm, task).Select(r => r.Curve), bootstrap)).ToList();
            var file = $"plots/curve-{CellFolderName.Sanitize(labels[task])}.png";
            CurvePlot.Save(Path.Combine(matrixDirectory, file), $"{task}: mean over seeds (95% bootstrap bands)", "environment steps", "eval return", series);
            builder.AppendLine(CultureInfo.InvariantCulture, $"### {task}").AppendLine().AppendLine(CultureInfo.InvariantCulture, $"![{task}]({file})").AppendLine();
        }
    }

    private void WriteFinalScores(StringBuilder builder, MatrixResults results, IReadOnlyDictionary<string, string> labels, StratifiedBootstrap bootstrap)
    {
        builder.AppendLine("## Final scores").AppendLine();
        builder.AppendLine("Raw final scores per environment: the mean over seeds with its 95% bootstrap percentile interval, and every run's score" +
            (results.Normalised ? " (normalised in brackets)." : ".")).AppendLine();
        builder.AppendLine("| environment | arm | seeds | mean | 95% CI | scores |").AppendLine("|---|---|---|---|---|---|");
        var values = results.Arms.ToDictionary(arm => arm, _ => new ConfidenceInterval?[results.Tasks.Count]);
        for (var t = 0; t < results.Tasks.Count; t++)
        {
            var task = results.Tasks[t];
            foreach (var arm in results.Arms)
            {
                var raw = results.RawScores(arm, task);
                if (raw.Count == 0) continue;
                var interval = bootstrap.MeanOf(raw);
                values[arm][t] = interval;
                var scores = raw.Select(s => results.Normalised ? $"{F(s)} ({F(results.Scored(task, s))})" : F(s));
                builder.AppendLine(CultureInfo.InvariantCulture,
                    $"| {task} | {arm} | {raw.Count} | {F(interval.Estimate)} | [{F(interval.Lower)}, {F(interval.Upper)}] | {string.Join(", ", scores)} |");
            }
        }
        var series = results.Arms.Select(arm => (arm, (IReadOnlyList<ConfidenceInterval?>)values[arm])).ToList();
        IntervalPlot.Save(Path.Combine(matrixDirectory, "plots/final-scores.png"), "final scores: mean over seeds (95% bootstrap CIs)", "eval return",
            results.Tasks.Select(t => labels[t]).ToList(), series);
        builder.AppendLine().AppendLine("![final scores](plots/final-scores.png)").AppendLine();
    }

    /// <summary>A number as the report prints it: up to three decimals, invariant culture.</summary>
    public static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
