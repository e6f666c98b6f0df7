using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Cli;

/// <summary>
/// The checkpoint a command that plays a run's agent (<c>eval</c>, <c>openloop</c>) is given: the newest one, or the
/// one kept at <c>--step N</c>. Says in one line why there is none.
/// </summary>
public static class CheckpointChoice
{
    /// <summary>Why <paramref name="folder"/> has no checkpoint to play (at <paramref name="step"/> when given); null when it has.</summary>
    public static string? Refusal(RunFolder folder, long? step)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var store = new CheckpointStore(folder.Root);
        if (!File.Exists(folder.Composition) || store.Latest() is null) return $"{folder.Root} holds no checkpoint to evaluate (train it first).";
        if (step is not { } wanted || store.KeptSteps().Contains(wanted)) return null;
        var kept = store.KeptSteps();
        return $"--step {wanted}: {folder.Root} kept no checkpoint at agent step {wanted}; kept: {(kept.Count == 0 ? "none (training.keep_checkpoints lists the steps to keep)" : string.Join(", ", kept))}";
    }
}
