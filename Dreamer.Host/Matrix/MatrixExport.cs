using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Writes every run's scores and curves of a matrix as CSV and as JSON in rliable's layout:
/// <c>scores.csv</c> (arm, environment, seed, final score, normalised score), <c>curves.csv</c> (arm, environment,
/// seed, step, eval return, normalised return), <c>scores.json</c> (arm → runs × tasks), <c>curves.json</c>
/// (arm → runs × tasks × points) and <c>meta.json</c> (task order, seed order, whether normalised, each arm's step
/// grid, the scoring protocol). JSON values are normalised when every environment has reference scores, raw
/// otherwise; a missing value is <c>null</c>, so <c>np.array(d[arm], dtype=float)</c> gives NaN there.
/// </summary>
public static class MatrixExport
{
    /// <summary>The files an export writes, in the order written.</summary>
    public static readonly IReadOnlyList<string> Files = ["scores.csv", "curves.csv", "scores.json", "curves.json", "meta.json"];

    /// <summary>Writes the export of <paramref name="results"/> into <paramref name="folder"/>; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(MatrixResults results, string folder, int last)
    {
        Directory.CreateDirectory(folder);
        var grids = results.Arms.ToDictionary(arm => arm, arm => Grid(results, arm));
        Save(folder, "scores.csv", ScoresCsv(results));
        Save(folder, "curves.csv", CurvesCsv(results));
        Save(folder, "scores.json", Json(writer => WriteScores(writer, results)));
        Save(folder, "curves.json", Json(writer => WriteCurves(writer, results, grids)));
        Save(folder, "meta.json", Json(writer => WriteMeta(writer, results, grids, last)));
        return Files.Select(f => Path.Combine(folder, f)).ToList();
    }

    /// <summary>The step grid of an arm: every step any of its runs logged an eval at, ascending.</summary>
    public static IReadOnlyList<long> Grid(MatrixResults results, string arm) =>
        results.Runs.Where(r => r.Cell.Variant == arm).SelectMany(r => r.Curve.Select(p => p.Step)).Distinct().Order().ToList();

    private static string ScoresCsv(MatrixResults results)
    {
        var csv = new StringBuilder("arm,environment,seed,final_score,normalised_score\n");
        foreach (var run in results.Runs)
        {
            var normalised = run.Score is { } score && results.Manifest.ReferenceScores.TryGetValue(run.Environment, out var reference) ? reference.Normalize(score) : (double?)null;
            csv.Append(Row(run.Cell.Variant, run.Environment, Number(run.Cell.Seed), Number(run.Score), Number(normalised)));
        }
        return csv.ToString();
    }

    private static string CurvesCsv(MatrixResults results)
    {
        var csv = new StringBuilder("arm,environment,seed,step,eval_return,normalised_return\n");
        foreach (var run in results.Runs)
        {
            results.Manifest.ReferenceScores.TryGetValue(run.Environment, out var reference);
            foreach (var (step, value) in run.Curve)
                csv.Append(Row(run.Cell.Variant, run.Environment, Number(run.Cell.Seed), Number(step), Number(value), Number(reference?.Normalize(value))));
        }
        return csv.ToString();
    }

    private static void WriteScores(Utf8JsonWriter writer, MatrixResults results)
    {
        writer.WriteStartObject();
        foreach (var arm in results.Arms)
        {
            writer.WriteStartArray(arm);
            foreach (var seed in results.Seeds)
            {
                writer.WriteStartArray();
                foreach (var task in results.Tasks)
                    WriteValue(writer, Run(results, arm, task, seed)?.Score is { } score ? results.Scored(task, score) : null);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteCurves(Utf8JsonWriter writer, MatrixResults results, Dictionary<string, IReadOnlyList<long>> grids)
    {
        writer.WriteStartObject();
        foreach (var arm in results.Arms)
        {
            writer.WriteStartArray(arm);
            foreach (var seed in results.Seeds)
            {
                writer.WriteStartArray();
                foreach (var task in results.Tasks)
                {
                    var points = new Dictionary<long, double>();
                    foreach (var (step, value) in Run(results, arm, task, seed)?.Curve ?? []) points[step] = value;
                    writer.WriteStartArray();
                    foreach (var step in grids[arm]) WriteValue(writer, points.TryGetValue(step, out var value) ? results.Scored(task, value) : null);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteMeta(Utf8JsonWriter writer, MatrixResults results, Dictionary<string, IReadOnlyList<long>> grids, int last)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("arms");
        foreach (var arm in results.Arms) writer.WriteStringValue(arm);
        writer.WriteEndArray();
        writer.WriteStartArray("tasks");
        foreach (var task in results.Tasks) writer.WriteStringValue(task);
        writer.WriteEndArray();
        writer.WriteStartArray("seeds");
        foreach (var seed in results.Seeds) writer.WriteNumberValue(seed);
        writer.WriteEndArray();
        writer.WriteBoolean("normalised", results.Normalised);
        var source = results.EvalStep is { } evalStep
            ? $"mean return of a run's {CheckpointEvaluation.Folder}/step-{evalStep.ToString(CultureInfo.InvariantCulture)}.json (greedy evaluation of its checkpoint kept at that agent step)"
            : $"mean of the last {last.ToString(CultureInfo.InvariantCulture)} {FinalScore.EvalReturn} value(s) of a run";
        writer.WriteString("score", source +
            (results.Normalised ? ", normalised: (score - random) / (target - random)" : ", raw"));
        writer.WriteStartObject("reference_scores");
        foreach (var (task, reference) in results.Manifest.ReferenceScores.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            writer.WriteStartObject(task);
            writer.WriteNumber("random", reference.Random);
            writer.WriteNumber("target", reference.Target);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteStartObject("steps");
        foreach (var arm in results.Arms)
        {
            writer.WriteStartArray(arm);
            foreach (var step in grids[arm]) writer.WriteNumberValue(step);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static MatrixRunResult? Run(MatrixResults results, string arm, string task, int seed) =>
        results.RunsOf(arm, task).FirstOrDefault(r => r.Cell.Seed == seed);

    private static void WriteValue(Utf8JsonWriter writer, double? value)
    {
        if (value is { } number) writer.WriteNumberValue(number);
        else writer.WriteNullValue();
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string Row(params string[] fields) => string.Join(',', fields.Select(Field)) + "\n";

    private static string Field(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Save(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path + ".partial", text);
        File.Move(path + ".partial", path, overwrite: true);
    }
}
