using Dreamer.Training.Logging;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Every run of a matrix read from its run folder, grouped the way rliable groups scores: <b>arms</b> are the
/// variants (axis combinations) in plan order, <b>tasks</b> the environment keys in plan order, <b>runs</b> the
/// seeds. Scores are normalised when every task has reference scores.
/// </summary>
public sealed class MatrixResults
{
    /// <summary>The task name used when neither the cell nor any run folder names the environment.</summary>
    public const string UnnamedEnvironment = "base composition's environment";

    private MatrixResults(MatrixManifest manifest, IReadOnlyList<MatrixRunResult> runs, long? evalStep)
    {
        Manifest = manifest;
        EvalStep = evalStep;
        Runs = runs;
        Arms = runs.Select(r => r.Cell.Variant).Distinct().ToList();
        Tasks = runs.Select(r => r.Environment).Distinct().ToList();
        Seeds = runs.Select(r => r.Cell.Seed).Distinct().ToList();
        Normalised = Tasks.All(manifest.ReferenceScores.ContainsKey);
    }

    /// <summary>The plan the runs belong to.</summary>
    public MatrixManifest Manifest { get; }

    /// <summary>The agent step whose checkpoint evaluations score the runs; null when their last eval returns do.</summary>
    public long? EvalStep { get; }

    /// <summary>Every run, in plan order.</summary>
    public IReadOnlyList<MatrixRunResult> Runs { get; }

    /// <summary>The arms (variants) in plan order.</summary>
    public IReadOnlyList<string> Arms { get; }

    /// <summary>The tasks (environment keys) in plan order.</summary>
    public IReadOnlyList<string> Tasks { get; }

    /// <summary>The seeds in plan order; run n of an arm on a task is the one with seed <c>Seeds[n]</c>.</summary>
    public IReadOnlyList<int> Seeds { get; }

    /// <summary>Whether scores are normalised: <c>(score − random) / (target − random)</c> for every task.</summary>
    public bool Normalised { get; }

    /// <summary>
    /// Reads the run folders of <paramref name="manifest"/> in <paramref name="matrixDirectory"/>; with
    /// <paramref name="evalStep"/>, each run is scored by its checkpoint evaluation at that step.
    /// </summary>
    public static MatrixResults Load(MatrixManifest manifest, string matrixDirectory, int last, long? evalStep = null)
    {
        var read = manifest.Cells.Select(cell =>
        {
            var runDirectory = cell.RunDirectory(matrixDirectory);
            var records = MetricsLog.Read(Path.Combine(runDirectory, "metrics.jsonl"));
            var evaluation = evalStep is { } step ? CheckpointEvaluation.Read(runDirectory, step) : null;
            return (Cell: cell, Records: records, Status: RunStatusFile.Read(runDirectory), Resolved: ResolvedRunFacts.Read(runDirectory), Evaluation: evaluation);
        }).ToList();
        var baseEnvironment = read.Where(r => r.Cell.Environment is null).Select(r => r.Resolved.EnvironmentType).FirstOrDefault(t => t is not null);
        var runs = read.Select(r => new MatrixRunResult(
            r.Cell,
            r.Cell.Environment ?? r.Resolved.EnvironmentType ?? baseEnvironment ?? UnnamedEnvironment,
            r.Status,
            FinalScore.EvalCurve(r.Records),
            evalStep is null ? FinalScore.Of(r.Records, last) : r.Evaluation?.MeanReturn,
            FinalScore.EpisodesPerEval(r.Records),
            r.Resolved,
            r.Evaluation?.Episodes)).ToList();
        return new MatrixResults(manifest, runs, evalStep);
    }

    /// <summary>The runs of <paramref name="arm"/> on <paramref name="task"/>, in seed order.</summary>
    public IReadOnlyList<MatrixRunResult> RunsOf(string arm, string task) =>
        Runs.Where(r => r.Cell.Variant == arm && r.Environment == task).ToList();

    /// <summary>The score of a raw return on <paramref name="task"/>: normalised when <see cref="Normalised"/>.</summary>
    public double Scored(string task, double raw) => Normalised ? Manifest.ReferenceScores[task].Normalize(raw) : raw;

    /// <summary>The final scores (normalised when <see cref="Normalised"/>) of the runs of an arm on a task that have one.</summary>
    public IReadOnlyList<double> Scores(string arm, string task) =>
        RunsOf(arm, task).Where(r => r.Score is not null).Select(r => Scored(task, r.Score!.Value)).ToList();

    /// <summary>The raw final scores of the runs of an arm on a task that have one.</summary>
    public IReadOnlyList<double> RawScores(string arm, string task) =>
        RunsOf(arm, task).Where(r => r.Score is not null).Select(r => r.Score!.Value).ToList();

    /// <summary>The score table <c>[task][run]</c> of an arm, tasks in <see cref="Tasks"/> order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Table(string arm) => Tasks.Select(task => Scores(arm, task)).ToList();
}
