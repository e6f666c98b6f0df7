using Dreamer.Modules.Layers;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// The slow target critic v' (dreamerv2.md §5.3, §5.6): a copy of the critic's network that no optimizer steps.
/// After each update: if updates % every == 0, target ← fraction·critic + (1 − fraction)·target (a hard copy at
/// the first update and for fraction 1); the caller then counts the update. Copies land after updates 1, 101, 201, …
/// (TV11). Until the first copy it is an independently initialized network.
/// </summary>
public sealed class SlowTargetCritic : nn.Module
{
    private readonly Mlp network;

    public SlowTargetCritic(int features, CriticNetworkOptions options) : base("target")
    {
        network = new Mlp("network", features, options.Layers, options.Units, 1);
        RegisterComponents();
        foreach (var parameter in network.parameters())
        {
            parameter.requires_grad_(false);
        }
    }

    /// <summary>v'(feat) for features <c>[..., F]</c>: <c>[...]</c>. Differentiable in the features only.</summary>
    public Tensor Value(Tensor features) => network.forward(features).squeeze(-1);

    /// <summary>Copies <paramref name="critic"/> in when <paramref name="updates"/> (counted before this update) is a multiple of <paramref name="every"/>.</summary>
    /// <returns>Whether a copy happened.</returns>
    public bool Update(Mlp critic, long updates, int every, double fraction)
    {
        if (updates % every != 0) return false;
        var mix = updates == 0 ? 1.0 : fraction;
        using var noGrad = no_grad();
        foreach (var (target, source) in network.parameters().Zip(critic.parameters()))
        {
            if (mix == 1.0) target.copy_(source);
            else target.mul_(1 - mix).add_(source, alpha: mix);
        }
        return true;
    }
}
