using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Training.Acting;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Loop;
using Dreamer.Training.Native;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Host.Wiring;

/// <summary>
/// The pipeline of one resolved composition, assembled once for <c>train</c>, <c>resume</c> and <c>eval</c>: the
/// device, the environments, the agent on the device, the restore of a checkpoint and the acting policy
/// (dreamerv2.md §1, §5.7). Owns and disposes what it built.
/// </summary>
public sealed class TrainingRun : IDisposable
{
    /// <summary>The seed offset of the first evaluation environment from the run seed, during training.</summary>
    private const int EvalSeedOffset = 7919;

    /// <summary>The seed offset of <c>dreamer eval</c>'s first environment from the run seed, when no seed is given.</summary>
    public const int EvalCommandSeedOffset = 104729;

    /// <summary>The index of the first environment <c>dreamer eval</c> plays in.</summary>
    private const int EvalCommandIndex = 2;

    private readonly ResolvedComposition composition;
    private readonly EnvironmentGroup? training;
    private readonly EnvironmentGroup evaluation;

    private TrainingRun(ResolvedComposition composition, Device device, EnvironmentFactory environments, EnvironmentGroup? training, EnvironmentGroup evaluation, BuiltAgent agent)
    {
        this.composition = composition;
        this.training = training;
        this.evaluation = evaluation;
        Device = device;
        Options = composition.Section<TrainingOptions>();
        ObservationSpace = environments.ObservationSpace!;
        Recorded = environments.Record!;
        Agent = agent;
    }

    /// <summary>The device the agent lives on.</summary>
    public Device Device { get; }

    /// <summary>The composition's <c>training</c> section.</summary>
    public TrainingOptions Options { get; }

    /// <summary>The environment's observation space (before wrapping).</summary>
    public Space ObservationSpace { get; }

    /// <summary>What the environment reported when it was built: its spaces and libraries.</summary>
    public EnvironmentRecord Recorded { get; }

    /// <summary>The environments evaluation plays in, stepped together.</summary>
    public IReadOnlyList<IEnvironment> EvalEnvironments => evaluation.Members;

    /// <summary>The agent, on <see cref="Device"/>.</summary>
    public BuiltAgent Agent { get; }

    /// <summary>
    /// For <c>train</c> and <c>resume</c>: seeds torch with <c>training.seed</c>, then builds the <c>training.envs</c>
    /// training environments, the <c>training.eval_envs</c> evaluation environments (indices from <c>envs</c>, seeds as
    /// <see cref="EnvironmentGroup.Seed"/> from the run seed + 7919, episodes cut at <c>eval_time_limit</c>) and the agent, in that order, so a seed gives the
    /// same run. <paramref name="threads"/>, when given, replaces <c>training.threads</c> for this process.
    /// </summary>
    public static TrainingRun ForTraining(ResolvedComposition composition, ComponentFactory factory, int? threads = null)
    {
        var options = composition.Section<TrainingOptions>();
        var device = Prepare(options, threads);
        manual_seed(options.Seed);
        var environments = new EnvironmentFactory(factory, composition);
        var group = new EnvironmentGroup(environments.Create, options.Seed, options.Envs);
        EnvironmentGroup? evaluation = null;
        try
        {
            evaluation = new EnvironmentGroup(
                (seed, index) => environments.CreateForEvaluation(seed, options.Envs + index, options.EvalTimeLimit), options.Seed + EvalSeedOffset, options.EvalEnvs);
            return new TrainingRun(composition, device, environments, group, evaluation, BuildAgent(factory, composition, environments, device));
        }
        catch
        {
            evaluation?.Dispose();
            group.Dispose();
            throw;
        }
    }

    /// <summary>
    /// For <c>eval</c>: <paramref name="count"/> environments (seeds as <see cref="EnvironmentGroup.Seed"/> from
    /// <paramref name="seed"/>, so the first has <paramref name="seed"/> itself) whose episodes are cut after
    /// <paramref name="timeLimit"/> agent steps (0: whole), and the agent; <paramref name="threads"/> as for training.
    /// </summary>
    public static TrainingRun ForEvaluation(ResolvedComposition composition, ComponentFactory factory, int seed, int count, long timeLimit, int? threads = null)
    {
        var device = Prepare(composition.Section<TrainingOptions>(), threads);
        var environments = new EnvironmentFactory(factory, composition);
        var evaluation = new EnvironmentGroup(
            (environmentSeed, index) => environments.CreateForEvaluation(environmentSeed, EvalCommandIndex + index, timeLimit), seed, count);
        try
        {
            return new TrainingRun(composition, device, environments, null, evaluation, BuildAgent(factory, composition, environments, device));
        }
        catch
        {
            evaluation.Dispose();
            throw;
        }
    }

    /// <summary>The device of <c>training.device</c>, with libtorch's CPU threads set (<see cref="NativeThreads"/>).</summary>
    private static Device Prepare(TrainingOptions options, int? threads)
    {
        NativeThreads.Use(NativeThreads.Count(threads, options.Threads));
        return TrainingDevice.Resolve(options.Device);
    }

    /// <summary>Loads the newest checkpoint of <paramref name="folder"/> into the agent; null when it has none.</summary>
    public RestoredCheckpoint? Restore(RunFolder folder) => AgentCheckpoint.RestoreLatest(folder.Root, Agent.WorldModel, Agent.Behavior);

    /// <summary>Loads the checkpoint kept at agent step <paramref name="step"/> of <paramref name="folder"/> into the agent.</summary>
    public RestoredCheckpoint RestoreKept(RunFolder folder, long step) =>
        AgentCheckpoint.RestoreFrom(new CheckpointStore(folder.Root).KeptPath(step), Agent.WorldModel, Agent.Behavior);

    /// <summary>An acting policy of the agent in the training precision.</summary>
    public AgentPolicy Policy() => new(Agent.WorldModel, Agent.Behavior, Agent.Observation.Dimensions, Agent.Action.Size, Device, Options.Precision);

    /// <summary>
    /// Loads the newest checkpoint of <paramref name="folder"/> that loads into the agent (<see cref="Restore"/>); null
    /// when it has none. Throws an <see cref="InvalidDataException"/> ("refusing to resume: ...") naming every
    /// checkpoint when the folder has some and none loads.
    /// </summary>
    public RestoredCheckpoint? RestoreToResume(RunFolder folder)
    {
        try
        {
            return Restore(folder);
        }
        catch (InvalidDataException exception)
        {
            throw new InvalidDataException($"refusing to resume: {exception.Message}", exception);
        }
    }

    /// <summary>Restores the folder's newest checkpoint that loads, if any (<see cref="RestoreToResume"/>), and trains into it.</summary>
    public TrainingCounters Train(RunFolder folder, ITrainingObserver observer, CancellationToken cancellation) =>
        Train(folder, RestoreToResume(folder), observer, cancellation);

    /// <summary>
    /// Trains into <paramref name="folder"/> (<see cref="Trainer"/>), continuing from <paramref name="restored"/>, a
    /// checkpoint of the folder already loaded into this run's agent; the trainer reports which one and why.
    /// </summary>
    public TrainingCounters Train(RunFolder folder, RestoredCheckpoint? restored, ITrainingObserver observer, CancellationToken cancellation)
    {
        var environments = training ?? throw new InvalidOperationException("This run was assembled for evaluation; assemble it with ForTraining to train.");
        var parts = new TrainingParts(Agent, Device, environments.Members, EvalEnvironments);
        var description = new RunDescription(ResolvedCompositionYaml.Write(composition, Recorded.Leaves()), composition.Component(ComponentSlot.Environment)?.Key ?? "");
        return new Trainer(Options, composition.Section<ReplayOptions>(), folder, observer).Run(parts, description, restored, cancellation);
    }

    public void Dispose()
    {
        Agent.Dispose();
        evaluation.Dispose();
        training?.Dispose();
    }

    private static BuiltAgent BuildAgent(ComponentFactory factory, ResolvedComposition composition, EnvironmentFactory environments, Device device)
    {
        var agent = new AgentBuilder(factory).Build(composition, environments.ObservationSpace!, environments.ActionSpace!);
        agent.WorldModel.to(device);
        agent.BehaviorModule.to(device);
        return agent;
    }
}
