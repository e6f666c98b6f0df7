using Dreamer.Abstractions.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// Discounts and loss weights of an imagined rollout (dreamerv2.md §5.2, §10 D15):
/// d_k = discount head mean σ(l_k) for k = 1..H (γ when there is no discount head), d_0 = γ·(1 − is_terminal)
/// of the start row from the data; weights w = cumprod([1, d_0, …, d_{H−1}]), treated as constants.
/// <code>
///   index k     0                1        2        …   H
///   discount    γ(1 − term_0)    d_1      d_2      …   d_H
///   weight      1                d_0      d_0·d_1  …   d_0·…·d_{H−1}
/// </code>
/// </summary>
public static class ImaginedDiscount
{
    /// <summary>Features <c>[H+1, N, F]</c> and start-row terminal flags <c>[N]</c> → discounts <c>[H+1, N]</c>.</summary>
    public static Tensor Discounts(IImagination world, Tensor features, Tensor isTerminal)
    {
        var gamma = world.Discount;
        var first = (1 - isTerminal.to_type(features.dtype)).mul(gamma).unsqueeze(0);                // [1, N]
        var imagined = features[1..];                                                             // [H, N, F]
        var later = world.ContinueProbability(imagined)
                    ?? full(imagined.shape[..^1], gamma, dtype: features.dtype, device: features.device); // [H, N]
        return cat([first, later], 0);                                                            // [H+1, N]
    }

    /// <summary>Discounts <c>[H+1, N]</c> → weights w_k = Π_{j&lt;k} d_j <c>[H+1, N]</c>, detached.</summary>
    public static Tensor Weights(Tensor discounts)
    {
        var shifted = cat([ones_like(discounts[..1]), discounts[..^1]], 0);                        // [H+1, N]
        return shifted.detach().cumprod(0);                                                       // [H+1, N]
    }
}
