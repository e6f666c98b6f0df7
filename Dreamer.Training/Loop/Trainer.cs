using Dreamer.Training.Checkpoints;
using Dreamer.Training.Logging;
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
        var store = new EpisodeStore(folder.Episodes, replay, new EpisodeLayout(parts.Agent.Observation.Dimensions, parts.Agent.Action.Size, parts.Agent.Observation.ElementType), observer.Message);
        var counters = Continue(store, restored);
        File.WriteAllText(folder.Composition, description.Composition);
        using var loop = new TrainingLoop(options, replay, folder, observer, parts, description, store, counters);
        return loop.Run(cancellation);
    }

    /// <summary>
    /// The counters to continue from, taken from the checkpoint and the files of the run folder, never from the bounded
    /// replay in memory: the steps of every episode file, the episodes stored since the checkpoint, and, when
    /// <c>metrics.jsonl</c> goes past the checkpoint (a process that died before checkpointing again), one step past its
    /// last line, so no step is logged twice.
    /// </summary>
    private TrainingCounters Continue(EpisodeStore store, RestoredCheckpoint? restored)
    {
        var loaded = store.LoadExisting();
        var checkpoint = restored?.Counters ?? new TrainingCounters();
        var stored = StoredEpisodeCount.In(store.DirectoryPath);
        var logged = MetricsLog.Read(folder.Metrics).Select(record => record.Step).DefaultIfEmpty(-1).Max();
        var step = Math.Max(checkpoint.Step, stored.Steps);
        var counters = checkpoint with
        {
            Step = logged > checkpoint.Step ? Math.Max(step, logged + 1) : step,
            Episodes = checkpoint.Episodes + Math.Max(0, stored.Episodes - checkpoint.StoredEpisodes),
            StoredEpisodes = store.StoredEpisodes,
        };
        if (restored is not null)
        {
            foreach (var note in restored.Notes) observer.Message(note);
            observer.Message($"resumed from {Path.GetFileName(restored.Folder)}: {counters.Updates} updates, step {counters.Step}, {loaded} episodes loaded from disk");
        }
        else if (counters.Step > 0)
        {
            observer.Message($"no checkpoint yet; {loaded} episodes loaded from disk, step {counters.Step}");
        }
        return counters;
    }
}
