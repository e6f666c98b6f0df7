using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Training.Loop;

namespace Dreamer.Host.Wiring;

/// <summary>
/// The observation and action spaces of a composition's environment, read from one instance built with the run seed
/// and disposed at once: what <see cref="AgentBuilder"/> needs to build the networks without training.
/// </summary>
public static class EnvironmentSpaces
{
    /// <summary>The environment's own spaces (before any wrapper).</summary>
    public static (Space Observation, Space Action) Of(ComponentFactory factory, ResolvedComposition composition)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(composition);
        var environment = composition.Component(ComponentSlot.Environment)
            ?? throw new ArgumentException("The composition has no environment.", nameof(composition));
        using var instance = factory.Create<IEnvironment>(environment.Descriptor, environment.Options, new EnvironmentContext(composition.Section<TrainingOptions>().Seed));
        return (instance.ObservationSpace, instance.ActionSpace);
    }
}
