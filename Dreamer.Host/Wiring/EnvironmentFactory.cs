using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Wrappers;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Training.Loop;

namespace Dreamer.Host.Wiring;

/// <summary>
/// Builds the composition's environment and wraps it as the agent needs (dreamerv2.md §7): action repeat, time limit
/// (is_last without is_terminal) and one-hot actions for discrete spaces. Each copy gets its own seed. Its observations
/// are a uint8 or float32 box (§3, §7.3).
/// <see cref="ActionSpace"/> is the environment's own action space (before the one-hot wrapper), which the agent
/// builder reads.
/// </summary>
public sealed class EnvironmentFactory(ComponentFactory factory, ResolvedComposition composition)
{
    /// <summary>The observation space of the environments built so far.</summary>
    public Space? ObservationSpace { get; private set; }

    /// <summary>The environment's own action space, before wrapping.</summary>
    public Space? ActionSpace { get; private set; }

    /// <summary>What the last environment built reported: its spaces and libraries (<see cref="EnvironmentRecord"/>).</summary>
    public EnvironmentRecord? Record { get; private set; }

    public IEnvironment Create(int seed, int index)
    {
        var choice = composition.Component(ComponentSlot.Environment)
            ?? throw new ArgumentException("The composition has no environment.", nameof(composition));
        var training = composition.Section<TrainingOptions>();
        IEnvironment environment = factory.Create<IEnvironment>(choice.Descriptor, choice.Options, new EnvironmentContext(seed, index));
        if (environment.ObservationSpace is not BoxSpace { ElementType: ElementType.UInt8 or ElementType.Float32 })
        {
            var space = environment.ObservationSpace;
            environment.Dispose();
            throw new ArgumentException($"environment {choice.Key} observes {space}; training stores uint8 (images or grids) or float32 (vectors) box observations.");
        }
        ObservationSpace = environment.ObservationSpace;
        ActionSpace = environment.ActionSpace;
        Record = EnvironmentRecord.Of(environment);
        if (training.ActionRepeat > 1) environment = new ActionRepeat(environment, training.ActionRepeat);
        if (training.TimeLimit > 0) environment = new TimeLimit(environment, (int)Math.Min(training.TimeLimit, int.MaxValue));
        if (environment.ActionSpace is DiscreteSpace) environment = new OneHotActions(environment);
        return environment;
    }

    /// <summary>
    /// An evaluation environment: <see cref="Create"/>, its episodes also cut after <paramref name="timeLimit"/> agent
    /// steps (is_last without is_terminal) when it is positive.
    /// </summary>
    public IEnvironment CreateForEvaluation(int seed, int index, long timeLimit)
    {
        var environment = Create(seed, index);
        return timeLimit > 0 ? new TimeLimit(environment, (int)Math.Min(timeLimit, int.MaxValue)) : environment;
    }
}
