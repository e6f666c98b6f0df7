using System.Diagnostics;
using Dreamer.Training.Logging;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// The training loop's records: update metrics summed on the device (<see cref="MetricsAccumulator"/>) and written
/// with speeds, returns, replay size and memory to <c>metrics.jsonl</c> and TensorBoard once per log interval; the
/// snapshot a progress display shows.
/// </summary>
internal sealed class LoopLog : IDisposable
{
    private readonly LoopState state;
    private readonly MetricsAccumulator accumulator;
    private readonly MetricsLog metrics;
    private readonly TensorBoardLog tensorBoard;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly List<double> trainReturns = [];
    private long stepsAtLog;
    private long updatesAtLog;
    private double updateSeconds;

    /// <param name="folder">The run folder the logs go to.</param>
    /// <param name="state">The loop's counters.</param>
    /// <param name="divergence">The factor of <see cref="TrainingOptions.Divergence"/>; 0 turns the check off.</param>
    public LoopLog(RunFolder folder, LoopState state, double divergence)
    {
        this.state = state;
        accumulator = new MetricsAccumulator(divergence);
        metrics = new MetricsLog(folder.Metrics);
        tensorBoard = new TensorBoardLog(folder.TensorBoard);
        stepsAtLog = state.Step;
        updatesAtLog = state.Updates;
    }

    /// <summary>Adds the metrics of update number <paramref name="update"/>.</summary>
    public void AddUpdate(UpdateMetrics values, long update) => accumulator.Add(values, update);

    /// <summary>Adds the wall time of one update.</summary>
    public void AddUpdateTime(TimeSpan elapsed) => updateSeconds += elapsed.TotalSeconds;

    /// <summary>Adds the return of a finished training episode.</summary>
    public void AddTrainReturn(double value) => trainReturns.Add(value);

    /// <summary>Throws when a loss term was NaN or infinite, or diverged, since the last log line (one read from the device).</summary>
    public void ThrowOnNonFiniteLoss(Func<string?> latestCheckpoint)
    {
        var failure = accumulator.FirstFailure();
        if (failure is not null) throw new NonFiniteLossException(failure, latestCheckpoint());
    }

    /// <summary>Writes one log line at the current step and starts the next interval.</summary>
    public void Write(EpisodeStore store, Func<string?> latestCheckpoint)
    {
        var scalars = accumulator.Drain(out var failure).ToList();
        if (failure is not null) throw new NonFiniteLossException(failure, latestCheckpoint());
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
        scalars.Add(new("fps/env", (state.Step - stepsAtLog) / seconds));
        scalars.Add(new("fps/update", (state.Updates - updatesAtLog) / seconds));
        if (state.Updates > updatesAtLog) scalars.Add(new("time/update_ms", updateSeconds * 1000 / (state.Updates - updatesAtLog)));
        if (trainReturns.Count > 0)
        {
            scalars.Add(new("return/train", trainReturns.Average()));
            scalars.Add(new("episode/count", state.Episodes));
        }
        scalars.Add(new("replay/episodes", store.Episodes.Count));
        scalars.Add(new("replay/steps", store.Steps));
        scalars.AddRange(ProcessMemory.Scalars());
        WriteScalars(scalars);
        trainReturns.Clear();
        stepsAtLog = state.Step;
        updatesAtLog = state.Updates;
        updateSeconds = 0;
        clock.Restart();
    }

    /// <summary>Writes <paramref name="scalars"/> at the current step to both logs.</summary>
    public void WriteScalars(IReadOnlyList<KeyValuePair<string, double>> scalars)
    {
        metrics.Write(state.Step, scalars);
        tensorBoard.Scalars(state.Step, scalars);
    }

    /// <summary>Adds a video <c>[1, T, C, H, W]</c> uint8 at the current step to TensorBoard.</summary>
    public void Video(string tag, Tensor video) => tensorBoard.Video(tag, video, state.Step);

    /// <summary>What a progress display shows now, with speeds over the current log interval.</summary>
    public TrainingSnapshot Snapshot(string phase, long steps) => new(
        phase, state.Step, steps, state.Updates,
        (state.Step - stepsAtLog) / Math.Max(clock.Elapsed.TotalSeconds, 1e-9),
        state.Updates > updatesAtLog ? updateSeconds * 1000 / (state.Updates - updatesAtLog) : 0,
        state.LastReturn, state.LastEvalReturn);

    public void Dispose()
    {
        metrics.Dispose();
        tensorBoard.Dispose();
        accumulator.Dispose();
    }
}
