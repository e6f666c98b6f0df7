using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Abstractions.Model;

namespace Dreamer.Host.Plugins;

/// <summary>The contract a component in each composition slot must implement.</summary>
public static class SlotContracts
{
    public static readonly IReadOnlyDictionary<string, Type> BySlot = new Dictionary<string, Type>
    {
        [ComponentSlot.Environment] = typeof(IEnvironment),
        [ComponentSlot.Encoder] = typeof(IEncoder),
        [ComponentSlot.Decoder] = typeof(IDecoder),
        [ComponentSlot.Latent] = typeof(ILatentDistribution),
        [ComponentSlot.Dynamics] = typeof(IDynamicsCell),
        [ComponentSlot.Kl] = typeof(IKlScheme),
        [ComponentSlot.Behavior] = typeof(IBehaviorLearner),
        [ComponentSlot.ActorGradient] = typeof(IActorGradient),
    };
}
