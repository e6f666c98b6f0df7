using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// The λ-return of dreamerv2.md §5.3 (TV1), computed with the slow target critic's values v'.
/// <code>
///   index k        0     1     2    …   H−1    H
///   reward r_k     r_0   r_1   r_2  …   r_H−1  (unused)
///   discount d_k   d_0   d_1   d_2  …   d_H−1  (unused)
///   value v'_k     ·     v'_1  v'_2 …   v'_H−1 v'_H ── bootstrap V_H = v'_H
///   return V_k     V_0   V_1   V_2  …   V_H−1        ◄── scanned from k = H−1 down to 0
///   V_k = r_k + d_k·((1 − λ)·v'_{k+1} + λ·V_{k+1})
/// </code>
/// </summary>
public static class LambdaReturn
{
    /// <summary>
    /// Rewards, values and discounts <c>[H+1, N]</c> → λ-returns V_0..V_{H−1} <c>[H, N]</c>. Differentiable in
    /// all inputs.
    /// </summary>
    public static Tensor Compute(Tensor reward, Tensor value, Tensor discount, double lambda)
    {
        var horizon = reward.shape[0] - 1;
        var inputs = reward[..^1] + discount[..^1] * value[1..] * (1 - lambda);     // [H, N]
        var next = value[^1];                                                        // [N] = V_H
        var returns = new Tensor[horizon];
        for (var k = horizon - 1; k >= 0; k--)
        {
            using var scope = NewDisposeScope();
            next = inputs[k] + discount[k] * lambda * next;                           // [N] = V_k
            returns[k] = scope.MoveToOuter(next);
        }
        return stack(returns);                                                        // [H, N]
    }
}
