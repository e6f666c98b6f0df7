using System.Diagnostics;
using Dreamer.Training.Checkpoints;

namespace Dreamer.Training.Loop;

/// <summary>
/// The mutable counters of a running training loop (dreamerv2.md §1): agent steps, updates, episodes, the cadences
/// and the returns shown on screen. Created from, and turned back into, the checkpointed <see cref="TrainingCounters"/>.
/// </summary>
public sealed class LoopState
{
    private readonly double earlierWallSeconds;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private double randomReturnSum;
    private long randomReturnCount;

    public LoopState(TrainingCounters counters, TrainingOptions options)
    {
        Step = counters.Step;
        Updates = counters.Updates;
        Episodes = counters.Episodes;
        Pretrained = counters.Pretrained;
        PendingUpdates = counters.PendingUpdates;
        CheckpointUpdates = counters.Updates;
        TrainEvery = new Every(options.TrainEvery) { Last = counters.TrainEveryLast };
        EvalEvery = new Every(options.EvalEvery) { Last = counters.EvalEveryLast };
        LogEvery = new Every(options.LogEvery) { Last = counters.LogEveryLast };
        randomReturnSum = counters.RandomReturn * counters.RandomEpisodes;
        randomReturnCount = counters.RandomEpisodes;
        earlierWallSeconds = counters.WallSeconds;
    }

    public long Step { get; set; }

    public long Updates { get; set; }

    public long Episodes { get; set; }

    public bool Pretrained { get; set; }

    /// <summary>Updates the train cadence has asked for and the loop has not yet made (<see cref="TrainingCounters.PendingUpdates"/>).</summary>
    public long PendingUpdates { get; set; }

    /// <summary>Updates at the last checkpoint.</summary>
    public long CheckpointUpdates { get; set; }

    public Every TrainEvery { get; }

    public Every EvalEvery { get; }

    public Every LogEvery { get; }

    public double? LastReturn { get; set; }

    public double? LastEvalReturn { get; set; }

    /// <summary>Wall-clock seconds of training: the checkpoint's total plus the time since this state was created.</summary>
    public double WallSeconds => earlierWallSeconds + clock.Elapsed.TotalSeconds;

    /// <summary>The mean return of the prefill (uniform random policy) episodes; null before any.</summary>
    public double? RandomReturn => randomReturnCount == 0 ? null : randomReturnSum / randomReturnCount;

    public void AddRandomReturn(double value)
    {
        randomReturnSum += value;
        randomReturnCount++;
    }

    public TrainingCounters ToCounters(long storedEpisodes) => new()
    {
        Step = Step,
        Updates = Updates,
        Episodes = Episodes,
        StoredEpisodes = storedEpisodes,
        TrainEveryLast = TrainEvery.Last,
        EvalEveryLast = EvalEvery.Last,
        LogEveryLast = LogEvery.Last,
        Pretrained = Pretrained,
        PendingUpdates = PendingUpdates,
        RandomReturn = RandomReturn ?? 0,
        RandomEpisodes = randomReturnCount,
        WallSeconds = WallSeconds,
    };
}
