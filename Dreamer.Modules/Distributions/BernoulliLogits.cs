using static TorchSharp.torch;

namespace Dreamer.Modules.Distributions;

/// <summary>
/// Bernoulli with logits, the discount head's distribution (dreamerv2.md §3, §4): with soft labels y,
/// −[y ln σ(l) + (1 − y) ln(1 − σ(l))], computed stably as softplus(l) − y·l.
/// </summary>
public static class BernoulliLogits
{
    /// <summary>Element-wise negative log-likelihood of soft labels <paramref name="target"/> in [0, 1].</summary>
    public static Tensor NegLogLikelihood(Tensor logits, Tensor target) =>
        nn.functional.softplus(logits) - target * logits;

    /// <summary>The mean σ(l).</summary>
    public static Tensor Mean(Tensor logits) => logits.sigmoid();
}
