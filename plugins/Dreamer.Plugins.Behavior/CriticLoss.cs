using Dreamer.Modules.Distributions;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// The critic loss of dreamerv2.md §5.4 (TV2), over t = 0..H−1 (H terms), the Gaussian constant included:
/// L = −mean_{t,n}[w_t · ln N(sg(V_t); v(feat_t), 1)] = mean[w_t·½(v − V_t)²] + ½ln2π·mean[w_t].
/// <code>
///   index t        0     1     2    …   H−1    H
///   state feat_t   ●     ●     ●    …   ●      ○   (feat_H only bootstraps V_H−1)
///   value v_t      v_0   v_1   v_2  …   v_H−1
///   target V_t     V_0   V_1   V_2  …   V_H−1
///   weight w_t     w_0   w_1   w_2  …   w_H−1
/// </code>
/// </summary>
public static class CriticLoss
{
    /// <summary>Online values <c>[H, N]</c>, λ-returns <c>[H, N]</c>, weights <c>[H, N]</c> → scalar loss.</summary>
    public static Tensor Compute(Tensor value, Tensor lambdaReturn, Tensor weights)
    {
        var negLogLikelihood = UnitNormal.NegLogLikelihood(value, lambdaReturn.detach());   // [H, N]
        return (weights.detach() * negLogLikelihood).mean();
    }
}
