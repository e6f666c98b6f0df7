namespace Dreamer.Training.Checkpoints;

/// <summary>
/// The counters of a run that a checkpoint restores (dreamerv2.md §1): agent steps, updates, episodes, the state of
/// each cadence, and the optimizers' and behavior learner's step counts.
/// </summary>
public sealed record TrainingCounters
{
    public long Step { get; init; }

    public long Updates { get; init; }

    public long Episodes { get; init; }

    public long StoredEpisodes { get; init; }

    public long? TrainEveryLast { get; init; }

    public long? EvalEveryLast { get; init; }

    public long? LogEveryLast { get; init; }

    /// <summary>
    /// Updates the train cadence owed when the run stopped: a stop is honoured between two updates of a phase, and the
    /// resume runs these before acting again, so a stopped and resumed run makes the updates of an uninterrupted one.
    /// </summary>
    public long PendingUpdates { get; init; }

    public long BehaviorUpdates { get; init; }

    public IReadOnlyDictionary<string, long> OptimizerSteps { get; init; } = new Dictionary<string, long>();

    public bool Pretrained { get; init; }

    /// <summary>Mean return of the uniform random policy's prefill episodes (the learning curve's baseline).</summary>
    public double RandomReturn { get; init; }

    public long RandomEpisodes { get; init; }

    /// <summary>Wall-clock seconds spent training up to this checkpoint, summed over the run's processes.</summary>
    public double WallSeconds { get; init; }
}
