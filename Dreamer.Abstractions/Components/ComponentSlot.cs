namespace Dreamer.Abstractions.Components;

/// <summary>
/// The slots of a composition and the contract each one takes. A slot's component must implement the slot's
/// contract; the host validates this before building anything.
/// </summary>
public static class ComponentSlot
{
    public const string Environment = "environment";
    public const string Encoder = "encoder";
    public const string Decoder = "decoder";
    public const string Latent = "latent";
    public const string Dynamics = "dynamics";
    public const string Kl = "kl";
    public const string Behavior = "behavior";
    public const string ActorGradient = "actor_gradient";
}
