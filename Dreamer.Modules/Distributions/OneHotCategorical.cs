using static TorchSharp.torch;

namespace Dreamer.Modules.Distributions;

/// <summary>
/// One-hot categorical over the last dimension with a straight-through sample (dreamerv2.md §2.6, TV6):
/// sample = one_hot(draw(p)) + p − sg(p), so the forward value is one-hot and the gradient is that of p.
/// Shared by the categorical latent (per variable) and the discrete actor. Computed in float32 (float64 inputs stay
/// float64, for gradient checks).
/// </summary>
public static class OneHotCategorical
{
    /// <summary>Logits <c>[..., K]</c> → straight-through one-hot sample <c>[..., K]</c>.</summary>
    public static Tensor SampleStraightThrough(Tensor logits)
    {
        var uniform = rand(logits.shape[..^1], ComputeType(logits.dtype), logits.device); // [...]
        return SampleStraightThrough(logits, uniform);
    }

    /// <summary>
    /// Logits <c>[..., K]</c> and uniform noise <c>[...]</c> in [0, 1) → straight-through one-hot sample
    /// <c>[..., K]</c>. The class is drawn by inverse CDF: the first k with Σ_{j≤k} p_j &gt; u. Supplying the
    /// noise makes the sample reproducible (reference tests).
    /// </summary>
    public static Tensor SampleStraightThrough(Tensor logits, Tensor uniform)
    {
        var probabilities = Promote(logits).softmax(-1);                               // [..., K]
        var classes = logits.shape[^1];
        var cumulative = probabilities.detach().cumsum(-1);                            // [..., K]
        var drawn = cumulative.lt(uniform.unsqueeze(-1)).sum(-1).clamp_max(classes - 1); // [...]
        var oneHot = nn.functional.one_hot(drawn, classes).to_type(probabilities.dtype); // [..., K]
        return oneHot + probabilities - probabilities.detach();
    }

    /// <summary>Logits <c>[..., K]</c> → one-hot of the argmax <c>[..., K]</c>.</summary>
    public static Tensor Mode(Tensor logits)
    {
        var classes = logits.shape[^1];
        return nn.functional.one_hot(logits.argmax(-1), classes).to_type(ComputeType(logits.dtype));
    }

    /// <summary>ln p(x) for one-hot <paramref name="oneHot"/> <c>[..., K]</c>: <c>[...]</c>.</summary>
    public static Tensor LogProbability(Tensor logits, Tensor oneHot) =>
        (Promote(logits).log_softmax(-1) * oneHot).sum(-1);

    /// <summary>Entropy −Σ p ln p over the last dimension: <c>[...]</c>.</summary>
    public static Tensor Entropy(Tensor logits)
    {
        var logProbabilities = Promote(logits).log_softmax(-1);
        return -(logProbabilities.exp() * logProbabilities).sum(-1);
    }

    /// <summary>KL(p ‖ q) = Σ p (ln p − ln q) over the last dimension: <c>[...]</c>.</summary>
    public static Tensor Kl(Tensor lhsLogits, Tensor rhsLogits)
    {
        var lhs = Promote(lhsLogits).log_softmax(-1);
        var rhs = Promote(rhsLogits).log_softmax(-1);
        return (lhs.exp() * (lhs - rhs)).sum(-1);
    }

    /// <summary>The computation type for logits of type <paramref name="type"/>: float64 stays, everything else is float32.</summary>
    public static ScalarType ComputeType(ScalarType type) => type == ScalarType.Float64 ? ScalarType.Float64 : ScalarType.Float32;

    private static Tensor Promote(Tensor logits) => logits.to_type(ComputeType(logits.dtype));
}
