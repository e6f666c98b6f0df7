using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Abstractions.Model;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Training.Loop;
using Dreamer.Training.WorldModels;

namespace Dreamer.Host.Wiring;

/// <summary>
/// Builds the networks of a resolved composition (dreamerv2.md §2–§5) in one fixed order, each through the
/// <see cref="ComponentFactory"/> with the context records it may take: latent; dynamics cell
/// (<c>CellShape(world_model.hidden)</c>); encoder (<c>ObservationShape</c>); decoder (<c>ObservationShape</c>,
/// <c>FeatureSize</c>); KL scheme; the <see cref="WorldModel"/> with the <c>world_model</c> section; the actor gradient
/// when its slot is filled; the behavior learner (<c>FeatureSize</c>, <c>ActionShape</c>, the actor gradient).
/// Used by <c>dreamer summary</c> and the training loop, so both see the same agent.
/// </summary>
public sealed class AgentBuilder(ComponentFactory factory)
{
    /// <summary>The slots <see cref="Build"/> needs filled; <c>actor_gradient</c> is optional (offered when present).</summary>
    public static IReadOnlySet<string> RequiredSlots { get; } = new HashSet<string>
    {
        ComponentSlot.Environment, ComponentSlot.Encoder, ComponentSlot.Decoder, ComponentSlot.Latent,
        ComponentSlot.Dynamics, ComponentSlot.Kl, ComponentSlot.Behavior,
    };

    /// <summary>
    /// Builds the agent for an environment with <paramref name="observation"/> (a <see cref="BoxSpace"/>) and its own
    /// <paramref name="action"/> space: a <see cref="DiscreteSpace"/> of n gives one-hot actions of size n (drive the
    /// environment through <c>OneHotActions</c>), a float box <c>[A]</c> continuous actions.
    /// Throws <see cref="ComponentConstructionException"/> when a component cannot be built.
    /// </summary>
    public BuiltAgent Build(ResolvedComposition composition, Space observation, Space action)
    {
        ArgumentNullException.ThrowIfNull(composition);
        var observationShape = ObservationShapeOf(observation);
        var actionShape = ActionShapeOf(action);
        var options = composition.Section<WorldModelOptions>();

        var latent = Create<ILatentDistribution>(composition, ComponentSlot.Latent);
        var dynamics = Create<IDynamicsCell>(composition, ComponentSlot.Dynamics, new CellShape(options.Hidden));
        var features = new FeatureSize(latent.SampleSize + dynamics.StateSize);
        var encoder = Create<IEncoder>(composition, ComponentSlot.Encoder, observationShape);
        var decoder = Create<IDecoder>(composition, ComponentSlot.Decoder, observationShape, features);
        var kl = Create<IKlScheme>(composition, ComponentSlot.Kl);
        var worldModel = new WorldModel(options, observationShape, actionShape, encoder, decoder, latent, dynamics, kl);

        object[] behaviorArguments = composition.Component(ComponentSlot.ActorGradient) is null
            ? [features, actionShape]
            : [features, actionShape, Create<IActorGradient>(composition, ComponentSlot.ActorGradient)];
        var behavior = Create<IBehaviorLearner>(composition, ComponentSlot.Behavior, behaviorArguments);
        return new BuiltAgent(worldModel, behavior, observationShape, actionShape, features);
    }

    /// <summary>The model's view of an observation box: its shape <c>[C, H, W]</c> or <c>[N]</c> and its element type.</summary>
    public static ObservationShape ObservationShapeOf(Space observation) => observation is BoxSpace box
        ? new ObservationShape(box.Shape) { ElementType = box.ElementType }
        : throw new ArgumentException($"The agent needs a box observation space; got {observation}.", nameof(observation));

    /// <summary>The agent's action vector for an environment's own action space.</summary>
    public static ActionShape ActionShapeOf(Space action) => action switch
    {
        DiscreteSpace discrete => new ActionShape(discrete.Count, Discrete: true),
        BoxSpace { Shape.Count: 1, ElementType: ElementType.Float32 } box => new ActionShape(box.Size, Discrete: false),
        _ => throw new ArgumentException($"The agent acts in a discrete space or a float box [A]; got {action}.", nameof(action)),
    };

    private T Create<T>(ResolvedComposition composition, string slot, params object[] arguments) where T : class
    {
        var choice = composition.Component(slot)
            ?? throw new ArgumentException($"The composition has no component in the {slot} slot.", nameof(composition));
        return factory.Create<T>(choice.Descriptor, choice.Options, arguments);
    }
}
