using static TorchSharp.torch;

namespace Dreamer.Modules.Distributions;

/// <summary>
/// One-hot categorical over the last dimension with a straight-through sample (dreamerv2.md §2.6, TV6):
/// sample = one_hot(draw(p)) + p − sg(p), so the forward value is one-hot and the gradient is that of p.
/// Shared by the categorical latent (per variable) and the discrete actor. Computed in float32.
/// </summary>
public static class OneHotCategorical
{
    /// <summary>Logits <c>[..., K]</c> → straight-through one-hot sample <c>[..., K]</c>.</summary>
    public static Tensor SampleStraightThrough(Tensor logits)
    {
        var probabilities = logits.to_type(ScalarType.Float32).softmax(-1);            // [..., K]
        var classes = logits.shape[^1];
        var flat = probabilities.detach().reshape(-1, classes);                      // [N, K]
        var drawn = multinomial(flat, 1).reshape(probabilities.shape[..^1]);          // [...]
        var oneHot = nn.functional.one_hot(drawn, classes).to_type(probabilities.dtype); // [..., K]
        return oneHot + probabilities - probabilities.detach();
    }

    /// <summary>Logits <c>[..., K]</c> → one-hot of the argmax <c>[..., K]</c>.</summary>
    public static Tensor Mode(Tensor logits)
    {
        var classes = logits.shape[^1];
        return nn.functional.one_hot(logits.argmax(-1), classes).to_type(ScalarType.Float32);
    }

    /// <summary>ln p(x) for one-hot <paramref name="oneHot"/> <c>[..., K]</c>: <c>[...]</c>.</summary>
    public static Tensor LogProbability(Tensor logits, Tensor oneHot) =>
        (logits.to_type(ScalarType.Float32).log_softmax(-1) * oneHot).sum(-1);

    /// <summary>Entropy −Σ p ln p over the last dimension: <c>[...]</c>.</summary>
    public static Tensor Entropy(Tensor logits)
    {
        var logProbabilities = logits.to_type(ScalarType.Float32).log_softmax(-1);
        return -(logProbabilities.exp() * logProbabilities).sum(-1);
    }

    /// <summary>KL(p ‖ q) = Σ p (ln p − ln q) over the last dimension: <c>[...]</c>.</summary>
    public static Tensor Kl(Tensor lhsLogits, Tensor rhsLogits)
    {
        var lhs = lhsLogits.to_type(ScalarType.Float32).log_softmax(-1);
        var rhs = rhsLogits.to_type(ScalarType.Float32).log_softmax(-1);
        return (lhs.exp() * (lhs - rhs)).sum(-1);
    }
}
