using System.Diagnostics;
using Dreamer.Training.Acting;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// One run of the <see cref="Trainer"/>'s loop (dreamerv2.md §1): the phases prefill, pretrain and train, with the
/// parts they share — episode store, sampler, update, acting policy, checkpoints, logs and the evaluation.
/// </summary>
internal sealed class TrainingLoop : IDisposable
{
    private readonly TrainingOptions options;
    private readonly RunFolder folder;
    private readonly ITrainingObserver observer;
    private readonly TrainingParts parts;
    private readonly RunDescription description;
    private readonly EpisodeStore store;
    private readonly CheckpointStore checkpoints;
    private readonly LoopState state;
    private readonly SequenceSampler sampler;
    private readonly SequenceBatch batch;
    private readonly TrainingStep step;
    private readonly AgentPolicy policy;
    private readonly Driver driver;
    private readonly RandomActions random;
    private readonly LoopLog log;
    private readonly LoopEvaluation evaluation;
    private string? savedThisProcess;
    private long savedAtStep;

    public TrainingLoop(
        TrainingOptions options, ReplayOptions replay, RunFolder folder, ITrainingObserver observer, TrainingParts parts,
        RunDescription description, EpisodeStore store, TrainingCounters counters)
    {
        this.options = options;
        this.folder = folder;
        this.observer = observer;
        this.parts = parts;
        this.description = description;
        this.store = store;
        var agent = parts.Agent;
        var observationShape = agent.Observation.Dimensions;
        var actionSize = agent.Action.Size;
        var observationType = agent.Observation.ElementType;
        checkpoints = new CheckpointStore(folder.Root);
        state = new LoopState(counters, options);
        sampler = new SequenceSampler(store, options.Seed, replay.PrioritizeEnds, replay.Minlen);
        batch = new SequenceBatch(options.Length, options.Batch, observationShape, actionSize, observationType);
        step = new TrainingStep(agent.WorldModel, agent.Behavior, parts.Device, options.Precision);
        policy = new AgentPolicy(agent.WorldModel, agent.Behavior, observationShape, actionSize, parts.Device, options.Precision);
        var evalPolicy = new AgentPolicy(agent.WorldModel, agent.Behavior, observationShape, actionSize, parts.Device, options.Precision);
        driver = new Driver(parts.Environments, observationShape, actionSize, observationType);
        random = new RandomActions(agent.Action, SeedMixer.Mix(options.Seed, state.Step));
        log = new LoopLog(folder, state, options.Divergence);
        evaluation = new LoopEvaluation(options, folder, agent, parts.EvalEnvironments, evalPolicy, sampler, step, log);
        observer.Message($"device {parts.Device}; replay holds up to {replay.Capacity:N0} steps ≈ {ReplayMemory.Estimate(replay.Capacity, observationShape, actionSize, observationType)}");
    }

    /// <summary>
    /// Runs the phases until the step budget or <paramref name="cancellation"/>; returns the final counters. The status
    /// ends finished, stopped (after a checkpoint, when cancelled) or failed with the message of any exception that
    /// escapes the loop, which is then rethrown.
    /// </summary>
    public TrainingCounters Run(CancellationToken cancellation)
    {
        try
        {
            WriteStatus(RunState.Running, "training");
            Prefill(cancellation);
            Pretrain(cancellation);
            Train(cancellation);
            if (!cancellation.IsCancellationRequested && state.Step >= options.Steps)
            {
                Evaluate(cancellation);
                Log();
                Checkpoint();
                WriteStatus(RunState.Finished, "finished");
            }
            else
            {
                Log();
                Checkpoint();
                WriteStatus(RunState.Stopped, "stopped on request; continue with dreamer resume");
            }
        }
        catch (Exception exception)
        {
            WriteFailedStatus(exception);
            throw;
        }
        return state.ToCounters(store.StoredEpisodes);
    }

    public void Dispose()
    {
        evaluation.Dispose();
        log.Dispose();
        policy.Dispose();
        step.Dispose();
    }

    /// <summary>
    /// Uniform random actions until step ≥ prefill and at least one episode is stored. When prefill ends in this
    /// process, every environment is reset and the random policy's unfinished episodes are dropped, so the agent's
    /// policy starts on fresh episodes ([code train.py] <c>train_driver.reset()</c> after prefill).
    /// </summary>
    private void Prefill(CancellationToken cancellation)
    {
        var prefilled = false;
        while (InPrefill && !cancellation.IsCancellationRequested)
        {
            Store(driver.Step((Array _, float[] first) => random.Next(first.Length)), prefill: true);
            state.Step += driver.Count;
            prefilled = true;
            if (state.Step / 100 != (state.Step - driver.Count) / 100) Report("prefill");
        }
        if (prefilled && !InPrefill) driver.Restart();
    }

    private bool InPrefill => state.Step < options.Prefill || store.Episodes.Count == 0;

    /// <summary>
    /// One update plus <c>pretrain</c> more, once per run, checking <paramref name="cancellation"/> before each and
    /// checkpointing on the update cadence. They are the run's first updates, so the update counter says how many are
    /// done: a run stopped partway is not marked pretrained, and its resume runs only the remaining ones.
    /// </summary>
    private void Pretrain(CancellationToken cancellation)
    {
        if (state.Pretrained) return;
        while (state.Updates <= options.Pretrain)
        {
            if (cancellation.IsCancellationRequested) return;
            Report("pretrain");
            Update();
            if (state.Updates <= options.Pretrain) CheckpointOnCadence();
        }
        state.Pretrained = true;
    }

    /// <summary>
    /// Acting with the sampling policy, training, logging and checkpointing on their cadences. The updates a train phase
    /// asks for are counted as pending and made one at a time, checking <paramref name="cancellation"/> before each,
    /// so a stop waits for one update at most; a resume makes the pending ones before acting again.
    /// </summary>
    private void Train(CancellationToken cancellation)
    {
        if (!MakePendingUpdates(cancellation)) return;
        while (state.Step < options.Steps && !cancellation.IsCancellationRequested)
        {
            if (state.EvalEvery.Fire(state.Step)) Evaluate(cancellation);
            Store(driver.Step((Array observations, float[] first) => policy.Act(observations, first, sample: true)), prefill: false);
            var previous = state.Step;
            state.Step += driver.Count;
            var phases = state.TrainEvery.FireBetween(previous, state.Step);            // as if counted one agent step at a time
            var logs = state.LogEvery.FireBetween(previous, state.Step);
            state.PendingUpdates += phases * options.TrainSteps;
            if (!MakePendingUpdates(cancellation)) return;
            if (logs > 0) Log();
            CheckpointOnCadence();
            KeepOnSchedule(previous);
            Report("train");
        }
    }

    /// <summary>Makes the pending updates; false when <paramref name="cancellation"/> stopped it before the last one.</summary>
    private bool MakePendingUpdates(CancellationToken cancellation)
    {
        while (state.PendingUpdates > 0)
        {
            if (cancellation.IsCancellationRequested) return false;
            Update();
            state.PendingUpdates--;
        }
        return true;
    }

    private void CheckpointOnCadence()
    {
        if (state.Updates - state.CheckpointUpdates >= options.CheckpointEvery) Checkpoint();
    }

    /// <summary>
    /// Keeps a checkpoint for every step of <c>training.keep_checkpoints</c> the last driver step passed, naming it
    /// by that step (with one environment, the step itself); its counters hold the step it was taken at.
    /// </summary>
    private void KeepOnSchedule(long previous)
    {
        var due = options.KeepCheckpoints.Where(step => previous < step && step <= state.Step).ToList();
        if (due.Count == 0) return;
        var saved = savedThisProcess is not null && savedAtStep == state.Step ? savedThisProcess : Checkpoint();
        foreach (var step in due) checkpoints.KeepAt(saved, step);
    }

    private void Store(IReadOnlyList<Episode> finished, bool prefill)
    {
        foreach (var episode in finished)
        {
            store.Add(episode);
            state.Episodes++;
            state.LastReturn = episode.Return;
            log.AddTrainReturn(episode.Return);
            if (prefill) state.AddRandomReturn(episode.Return);
        }
    }

    private void Update()
    {
        using var scope = NewDisposeScope();
        var clock = Stopwatch.StartNew();
        sampler.Fill(batch, state.Updates);
        var metrics = step.Update(batch, state.Step);
        log.AddUpdate(metrics, state.Updates);
        state.Updates++;
        log.AddUpdateTime(clock.Elapsed);
    }

    private void Evaluate(CancellationToken cancellation)
    {
        if (options.EvalEpisodes == 0) return;
        Report("eval");
        evaluation.Run(state, store, $"{description.Title}: return", cancellation);
    }

    private void Log()
    {
        log.Write(store, checkpoints.Latest);
        WriteStatus(RunState.Running, "training");
    }

    private string Checkpoint()
    {
        log.ThrowOnNonFiniteLoss(checkpoints.Latest);
        var agent = parts.Agent;
        var saved = checkpoints.Save(AgentCheckpoint.Capture(agent.WorldModel, agent.Behavior, state.ToCounters(store.StoredEpisodes), description.Composition));
        state.CheckpointUpdates = state.Updates;
        savedThisProcess = saved;
        savedAtStep = state.Step;
        return saved;
    }

    private void WriteStatus(RunState runState, string message) => RunStatusFile.Write(
        folder.Root,
        new RunStatus(runState, state.Step, options.Steps, state.Updates, state.LastEvalReturn ?? state.LastReturn, message, Math.Round(state.WallSeconds, 3), parts.Device.ToString()));

    /// <summary>Records the failure; a failure to write it (the disk that failed the run) must not hide the original exception.</summary>
    private void WriteFailedStatus(Exception exception)
    {
        try
        {
            WriteStatus(RunState.Failed, exception.Message);
        }
        catch (Exception written) when (written is IOException or UnauthorizedAccessException)
        {
            observer.Message($"could not record the failure in {RunStatusFile.PathIn(folder.Root)}: {written.Message}");
        }
    }

    private void Report(string phase) => observer.Progress(log.Snapshot(phase, options.Steps));
}
