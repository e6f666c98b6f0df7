namespace Dreamer.Training.Runs;

/// <summary>
/// The layout of a run folder: the resolved composition, metrics, TensorBoard events, finished episodes,
/// checkpoints, plots and videos, and the run's status.
/// </summary>
public sealed record RunFolder(string Root)
{
    public string Composition => Path.Combine(Root, "resolved.yaml");

    public string Metrics => Path.Combine(Root, "metrics.jsonl");

    public string TensorBoard => Path.Combine(Root, "tensorboard");

    public string Episodes => Path.Combine(Root, "episodes");

    public string EvalEpisodes => Path.Combine(Root, "eval-episodes");

    public string Plots => Path.Combine(Root, "plots");

    public string LearningCurve => Path.Combine(Plots, "learning-curve.png");

    public string Videos => Path.Combine(Root, "videos");

    public string Log => Path.Combine(Root, "train.log");

    /// <summary>The file a training process holds locked while it writes into the folder (<see cref="RunFolderLock"/>).</summary>
    public string Lock => Path.Combine(Root, "run.lock");

    /// <summary>The PID of the process holding <see cref="Lock"/>, for the message that refuses a second one.</summary>
    public string LockHolder => Path.Combine(Root, "run.pid");

    /// <summary>A fresh folder name under <paramref name="parent"/>: <c>YYYYMMDD-HHMMSS-label</c>.</summary>
    public static RunFolder CreateUnder(string parent, string label)
    {
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{string.Concat(label.Select(c => char.IsLetterOrDigit(c) || c == '-' ? c : '-'))}";
        return new RunFolder(Path.Combine(parent, name));
    }
}
