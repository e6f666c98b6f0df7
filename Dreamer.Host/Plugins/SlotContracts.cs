using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Abstractions.Model;

namespace Dreamer.Host.Plugins;

/// <summary>The contract of each composition slot, in slot order.</summary>
public static class SlotContracts
{
    /// <summary>Every slot: encoder, decoder, dynamics cell and behavior learner must be modules.</summary>
    public static IReadOnlyList<SlotContract> All { get; } =
    [
        new(ComponentSlot.Environment, typeof(IEnvironment), RequiresModule: false),
        new(ComponentSlot.Encoder, typeof(IEncoder), RequiresModule: true),
        new(ComponentSlot.Decoder, typeof(IDecoder), RequiresModule: true),
        new(ComponentSlot.Latent, typeof(ILatentDistribution), RequiresModule: false),
        new(ComponentSlot.Dynamics, typeof(IDynamicsCell), RequiresModule: true),
        new(ComponentSlot.Kl, typeof(IKlScheme), RequiresModule: false),
        new(ComponentSlot.Behavior, typeof(IBehaviorLearner), RequiresModule: true),
        new(ComponentSlot.ActorGradient, typeof(IActorGradient), RequiresModule: false),
    ];

    /// <summary>The slot names.</summary>
    public static IReadOnlySet<string> Names { get; } = All.Select(slot => slot.Slot).ToHashSet(StringComparer.Ordinal);
}
