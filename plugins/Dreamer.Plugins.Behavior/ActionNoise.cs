using Dreamer.Modules.Distributions;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// Exploration noise on the acting policy's actions ([code] expl_noise / eval_noise, dreamerv2.md §5.7): a discrete
/// action is redrawn from ε/A + (1 − ε)·action (ε-uniform mixing); a continuous one gets N(0, ε²) noise, clipped to
/// [−1, 1]. ε = 0 returns the action unchanged.
/// </summary>
public static class ActionNoise
{
    /// <summary>Actions <c>[B, A]</c> with noise of amount <paramref name="amount"/>: <c>[B, A]</c>.</summary>
    public static Tensor Apply(Tensor action, double amount, bool discrete)
    {
        if (amount <= 0) return action;
        if (!discrete) return (action + randn_like(action) * amount).clamp(-1, 1);     // [B, A]
        var actions = action.shape[^1];
        var probabilities = action * (1 - amount) + amount / actions;                   // [B, A]
        return OneHotCategorical.SampleStraightThrough(probabilities.log()).detach();    // [B, A]
    }
}
