using Dreamer.Training.Checkpoints;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;

namespace Dreamer.Training.Loop;

/// <summary>
/// The training loop of dreamerv2.md §1: prefill with the uniform random policy until step ≥ prefill and an episode
/// is stored; one update plus <c>pretrain</c> more; then, until <c>steps</c>: evaluate every <c>eval_every</c>
/// agent steps with the greedy policy, act with the sampling policy, store finished episodes, and every
/// <c>train_every</c> agent steps run <c>train_steps</c> updates. With <c>envs</c> = N environments one driver step is N
/// agent steps (one batched policy call); the cadences then fire as if the N steps were counted one at a time, and
/// the run may end up to N − 1 steps past <c>steps</c>. Metrics go to <c>metrics.jsonl</c> and TensorBoard
/// every <c>log_every</c> steps; checkpoints every <c>checkpoint_every</c> updates, on cancellation and at the end.
/// The loop takes its parts built (<see cref="TrainingParts"/>) and its options as records: it reads no configuration.
/// </summary>
public sealed class Trainer(TrainingOptions options, ReplayOptions replay, RunFolder folder, ITrainingObserver observer)
{
    /// <summary>
    /// Trains <paramref name="parts"/> until the step budget is reached or <paramref name="cancellation"/> fires;
    /// returns the final counters. A run continues from <paramref name="restored"/> (a checkpoint already loaded into
    /// the agent) and the episodes stored in the run folder.
    /// </summary>
    public TrainingCounters Run(TrainingParts parts, RunDescription description, RestoredCheckpoint? restored, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(description);
        Directory.CreateDirectory(folder.Root);
        var store = new EpisodeStore(folder.Episodes, replay, new EpisodeLayout(parts.Agent.Observation.Dimensions, parts.Agent.Action.Size), observer.Message);
        var counters = Continue(store, restored);
        File.WriteAllText(folder.Composition, description.Composition);
        using var loop = new TrainingLoop(options, replay, folder, observer, parts, description, store, counters);
        return loop.Run(cancellation);
    }

    /// <summary>The counters to continue from: the checkpoint's, with the steps and episodes found on disk.</summary>
    private TrainingCounters Continue(EpisodeStore store, RestoredCheckpoint? restored)
    {
        if (restored is not null)
        {
            var loaded = store.LoadExisting();
            var storedSteps = store.Episodes.Sum(e => (long)e.Length);
            var counters = restored.Counters with { Step = Math.Max(restored.Counters.Step, storedSteps), StoredEpisodes = store.StoredEpisodes };
            observer.Message($"resumed from {Path.GetFileName(restored.Folder)}: {counters.Updates} updates, step {counters.Step}, {loaded} episodes loaded from disk");
            return counters;
        }
        if (Directory.Exists(folder.Episodes) && Directory.EnumerateFiles(folder.Episodes, "*.npz").Any())
        {
            var loaded = store.LoadExisting();
            var counters = new TrainingCounters { Step = store.Episodes.Sum(e => (long)e.Length), StoredEpisodes = store.StoredEpisodes, Episodes = loaded };
            observer.Message($"no checkpoint yet; {loaded} episodes loaded from disk, step {counters.Step}");
            return counters;
        }
        return new TrainingCounters();
    }
}
