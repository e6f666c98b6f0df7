using System.Diagnostics;
using TorchSharp;
using Dreamer.Abstractions.Environments;
using Dreamer.Host.Checkpoints;
using Dreamer.Host.Composition;
using Dreamer.Host.Logging;
using Dreamer.Host.Plugins;
using Dreamer.Host.Replay;
using static TorchSharp.torch;

namespace Dreamer.Host.Training;

/// <summary>
/// The training loop of dreamerv2.md §1: prefill with the uniform random policy until step ≥ prefill and an episode
/// is stored; one update plus <c>pretrain</c> more; then, until <c>steps</c>: evaluate every <c>eval_every</c>
/// agent steps with the greedy policy, act with the sampling policy, store finished episodes, and every
/// <c>train_every</c> agent steps run <c>train_steps</c> updates. With <c>envs</c> = N environments one driver step is N
/// agent steps (one batched policy call); the cadences then fire as if the N steps were counted one at a time, and
/// the run may end up to N − 1 steps past <c>steps</c>. Metrics go to <c>metrics.jsonl</c> and TensorBoard
/// every <c>log_every</c> steps; checkpoints every <c>checkpoint_every</c> updates, on cancellation and at the end.
/// A run folder with a checkpoint resumes where it stopped.
/// </summary>
public sealed class Trainer
{
    private const int OpenLoopContext = 5;
    private const int OpenLoopSequences = 4;

    private readonly ResolvedComposition composition;
    private readonly string compositionText;
    private readonly RunFolder folder;
    private readonly ITrainingObserver observer;
    private readonly ComponentFactory factory;
    private readonly TrainingOptions options;
    private readonly ReplayOptions replayOptions;

    public Trainer(ResolvedComposition composition, string compositionText, RunFolder folder, ComponentFactory factory, ITrainingObserver observer)
    {
        this.factory = factory;
        this.composition = composition;
        this.compositionText = compositionText;
        this.folder = folder;
        this.observer = observer;
        options = composition.Section<TrainingOptions>();
        replayOptions = composition.Section<ReplayOptions>();
    }

    /// <summary>Trains until the step budget is reached or <paramref name="cancellation"/> fires; returns the final counters.</summary>
    public TrainingCounters Run(CancellationToken cancellation)
    {
        var device = TrainingDevice.Resolve(options.Device);
        Directory.CreateDirectory(folder.Root);
        manual_seed(options.Seed);
        var environments = new EnvironmentFactory(factory, composition);
        using var trainEnvironments = new EnvironmentGroup(environments, options.Seed, options.Envs);
        using var evalEnvironment = environments.Create(options.Seed + 7919, options.Envs);
        using var agent = new AgentBuilder(factory).Build(composition, environments.ObservationSpace!, environments.ActionSpace!);
        var model = agent.WorldModel;
        var behavior = agent.Behavior;
        model.to(device);
        agent.BehaviorModule.to(device);
        var observationShape = agent.Observation.Dimensions;
        var actionSize = agent.Action.Size;

        var store = new EpisodeStore(folder.Episodes, replayOptions);
        var checkpoints = new CheckpointStore(folder.Root);
        var counters = new TrainingCounters();
        var latest = checkpoints.Latest();
        if (latest is not null)
        {
            var content = CheckpointStore.Load(latest);
            AgentCheckpoint.Restore(content, model, behavior);
            counters = content.Counters;
            var loaded = store.LoadExisting();
            var storedSteps = store.Episodes.Sum(e => (long)e.Length);
            counters = counters with { Step = Math.Max(counters.Step, storedSteps), StoredEpisodes = store.StoredEpisodes };
            observer.Message($"resumed from {Path.GetFileName(latest)}: {counters.Updates} updates, step {counters.Step}, {loaded} episodes loaded from disk");
        }
        else if (Directory.Exists(folder.Episodes) && Directory.EnumerateFiles(folder.Episodes, "*.npz").Any())
        {
            var loaded = store.LoadExisting();
            counters = counters with { Step = store.Episodes.Sum(e => (long)e.Length), StoredEpisodes = store.StoredEpisodes, Episodes = loaded };
            observer.Message($"no checkpoint yet; {loaded} episodes loaded from disk, step {counters.Step}");
        }
        ResolvedCompositionYaml.Save(composition, folder.Composition);

        var state = new LoopState(counters, options);
        var sampler = new SequenceSampler(store, options.Seed, replayOptions.PrioritizeEnds);
        var batch = new SequenceBatch(options.Length, options.Batch, observationShape, actionSize);
        using var step = new TrainingStep(model, behavior, device, options.Precision);
        using var policy = new AgentPolicy(model, behavior, observationShape, actionSize, device, options.Precision);
        using var evalPolicy = new AgentPolicy(model, behavior, observationShape, actionSize, device, options.Precision);
        var driver = new Driver(trainEnvironments.Members, observationShape, actionSize);
        var evalDriver = new Driver([evalEnvironment], observationShape, actionSize);
        var random = new RandomActions(agent.Action, SeedMixer.Mix(options.Seed, state.Step));
        using var accumulator = new MetricsAccumulator(UpdateMetricNames.All, UpdateMetricNames.LossTerms);
        using var metrics = new MetricsLog(folder.Metrics);
        var tensorBoard = new TensorBoardLog(folder.TensorBoard);
        var envClock = Stopwatch.StartNew();
        long envStepsAtLog = state.Step;
        long updatesAtLog = state.Updates;
        double updateSeconds = 0;
        var trainReturns = new List<double>();

        void WriteStatus(RunState runState, string message) => RunStatusFile.Write(
            folder.Root, new RunStatus(runState, state.Step, options.Steps, state.Updates, state.LastEvalReturn ?? state.LastReturn, message));

        void Report(string phase) => observer.Progress(new TrainingSnapshot(
            phase, state.Step, options.Steps, state.Updates,
            (state.Step - envStepsAtLog) / Math.Max(envClock.Elapsed.TotalSeconds, 1e-9),
            state.Updates > updatesAtLog ? updateSeconds * 1000 / (state.Updates - updatesAtLog) : 0,
            state.LastReturn, state.LastEvalReturn));

        void Store(IReadOnlyList<Episode> finished, bool prefill)
        {
            foreach (var episode in finished)
            {
                store.Add(episode);
                state.Episodes++;
                state.LastReturn = episode.Return;
                trainReturns.Add(episode.Return);
                if (prefill) state.AddRandomReturn(episode.Return);
            }
        }

        void Update()
        {
            using var scope = NewDisposeScope();
            var clock = Stopwatch.StartNew();
            sampler.Fill(batch, state.Updates);
            var values = step.Update(batch, state.Step);
            accumulator.Add(values, state.Updates);
            state.Updates++;
            updateSeconds += clock.Elapsed.TotalSeconds;
        }

        void Checkpoint()
        {
            var failure = accumulator.FirstFailure();
            if (failure is not null) throw new NonFiniteLossException(failure, checkpoints.Latest());
            checkpoints.Save(AgentCheckpoint.Capture(model, behavior, state.ToCounters(store.StoredEpisodes), compositionText));
            state.CheckpointUpdates = state.Updates;
        }

        void Log()
        {
            var scalars = accumulator.Drain(out var failure).ToList();
            if (failure is not null) throw new NonFiniteLossException(failure, checkpoints.Latest());
            var seconds = Math.Max(envClock.Elapsed.TotalSeconds, 1e-9);
            scalars.Add(new("fps/env", (state.Step - envStepsAtLog) / seconds));
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
            metrics.Write(state.Step, scalars);
            tensorBoard.Scalars(state.Step, scalars);
            trainReturns.Clear();
            envStepsAtLog = state.Step;
            updatesAtLog = state.Updates;
            updateSeconds = 0;
            envClock.Restart();
            WriteStatus(RunState.Running, "training");
        }

        void Evaluate()
        {
            if (options.EvalEpisodes == 0) return;
            Report("eval");
            evalDriver.Restart();
            evalPolicy.Reset();
            var returns = new List<double>();
            while (returns.Count < options.EvalEpisodes && !cancellation.IsCancellationRequested)
            {
                foreach (var episode in evalDriver.Step((o, f) => evalPolicy.Act(o, f, sample: false))) returns.Add(episode.Return);
            }
            if (returns.Count == 0) return;
            state.LastEvalReturn = returns.Average();
            KeyValuePair<string, double>[] scalars = [new("return/eval", returns.Average()), new("episode/eval_length", returns.Count)];
            metrics.Write(state.Step, scalars);
            tensorBoard.Scalars(state.Step, scalars);
            LearningCurvePlot.Save(folder.LearningCurve, MetricsLog.Read(folder.Metrics), $"{composition.Component("environment")?.Key}: return", state.RandomReturn);
            SaveOpenLoopVideo();
        }

        void SaveOpenLoopVideo()
        {
            if (store.Episodes.Count == 0) return;
            using var scope = NewDisposeScope();
            var sequences = new SequenceBatch(options.Length, Math.Min(OpenLoopSequences, options.Batch), observationShape, actionSize);
            sampler.Fill(sequences, -1 - state.Step);
            var frames = OpenLoopVideo.Render(model, step, sequences, OpenLoopContext);   // [T, 3, H, W]
            Directory.CreateDirectory(folder.Videos);
            OpenLoopVideo.SaveGif(frames, Path.Combine(folder.Videos, $"open-loop-{state.Step:D9}.gif"));
            tensorBoard.Video("world_model/open_loop", frames.unsqueeze(0), state.Step);
        }

        observer.Message($"device {device}; replay holds up to {replayOptions.Capacity:N0} steps ≈ {ReplayMemory.Estimate(replayOptions.Capacity, observationShape, actionSize)}");
        WriteStatus(RunState.Running, "training");
        try
        {
            while ((state.Step < options.Prefill || store.Episodes.Count == 0) && !cancellation.IsCancellationRequested)
            {
                Store(driver.Step((o, f) => random.Next(f.Length)), prefill: true);
                state.Step += driver.Count;
                if (state.Step / 100 != (state.Step - driver.Count) / 100) Report("prefill");
            }
            if (!state.Pretrained && !cancellation.IsCancellationRequested)
            {
                Report("pretrain");
                for (var i = 0; i <= options.Pretrain; i++) Update();
                state.Pretrained = true;
            }
            while (state.Step < options.Steps && !cancellation.IsCancellationRequested)
            {
                if (state.EvalEvery.Fire(state.Step)) Evaluate();
                Store(driver.Step((o, f) => policy.Act(o, f, sample: true)), prefill: false);
                var previous = state.Step;
                state.Step += driver.Count;
                var phases = state.TrainEvery.FireBetween(previous, state.Step);            // as if counted one agent step at a time
                for (var i = 0; i < phases * options.TrainSteps; i++) Update();
                if (state.LogEvery.FireBetween(previous, state.Step) > 0) Log();
                if (state.Updates - state.CheckpointUpdates >= options.CheckpointEvery) Checkpoint();
                Report("train");
            }
            if (!cancellation.IsCancellationRequested && state.Step >= options.Steps)
            {
                Evaluate();
                Log();
                Checkpoint();
                WriteStatus(RunState.Finished, "finished");
            }
            else
            {
                Log();
                Checkpoint();
                WriteStatus(RunState.Running, "stopped on request; continue with dreamer resume");
            }
        }
        catch (NonFiniteLossException exception)
        {
            WriteStatus(RunState.Failed, exception.Message);
            throw;
        }
        return state.ToCounters(store.StoredEpisodes);
    }
}
