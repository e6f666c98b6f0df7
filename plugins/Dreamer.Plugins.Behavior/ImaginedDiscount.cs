using Dreamer.Abstractions.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// Discounts and loss weights of an imagined rollout (dreamerv2.md §5.2, §10 D15):
/// with a discount head d_k = σ(l_k) for k = 1..H and d_0 = γ·(1 − is_terminal) of the start row from the data;
/// without one (DMC) d_k = γ for every k, the first included, whatever the start row's flag ([code]
/// <c>WorldModel.imagine</c>). Weights w = cumprod([1, d_0, …, d_{H−1}]), treated as constants.
/// <code>
///   index k     0                1        2        …   H
///   discount    γ(1 − term_0)    d_1      d_2      …   d_H        (discount head)
///   discount    γ                γ        γ        …   γ          (no discount head)
///   weight      1                d_0      d_0·d_1  …   d_0·…·d_{H−1}
/// </code>
/// </summary>
public static class ImaginedDiscount
{
    /// <summary>Features <c>[H+1, N, F]</c> and start-row terminal flags <c>[N]</c> → discounts <c>[H+1, N]</c>.</summary>
    public static Tensor Discounts(IImagination world, Tensor features, Tensor isTerminal)
    {
        var gamma = world.Discount;
        var later = world.ContinueProbability(features[1..]);                                        // [H, N] or none
        if (later is null) return full(features.shape[..^1], gamma, dtype: features.dtype, device: features.device); // [H+1, N]
        var first = (1 - isTerminal.to_type(features.dtype)).mul(gamma).unsqueeze(0);                // [1, N]
        return cat([first, later], 0);                                                            // [H+1, N]
    }

    /// <summary>Discounts <c>[H+1, N]</c> → weights w_k = Π_{j&lt;k} d_j <c>[H+1, N]</c>, detached.</summary>
    public static Tensor Weights(Tensor discounts)
    {
        var shifted = cat([ones_like(discounts[..1]), discounts[..^1]], 0);                        // [H+1, N]
        return shifted.detach().cumprod(0);                                                       // [H+1, N]
    }
}
