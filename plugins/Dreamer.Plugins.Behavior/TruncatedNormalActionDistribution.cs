using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// The continuous actor's distribution (dreamerv2.md §3 "Trunc-normal actor", TV8): from the raw outputs
/// (o1, o2) <c>[..., A]</c>, μ = tanh(o1), σ = 2σ(o2/2) + min_std, TruncNormal(μ, σ) on [−1, 1], independent
/// over the A dimensions (log-probability and entropy summed). Samples are reparameterized and clipped to
/// ±(1 − 1e−6) with a straight-through gradient; the mode is μ.
/// </summary>
public sealed class TruncatedNormalActionDistribution : ActionDistribution
{
    /// <summary>Samples are clipped this far inside ±1.</summary>
    public const double ClipMargin = 1e-6;

    public TruncatedNormalActionDistribution(Tensor rawMean, Tensor rawStd, double minStd)
    {
        var mean = rawMean.tanh();                                        // [..., A]
        var std = rawStd.div(2).sigmoid().mul(2).add(minStd);             // [..., A]
        Normal = new TruncatedNormal(mean, std);
    }

    /// <summary>The per-dimension truncated normal.</summary>
    public TruncatedNormal Normal { get; }

    public override long[] NoiseShape => Normal.Mean.shape;

    public override Tensor Sample(Tensor uniform)
    {
        var action = Normal.Sample(uniform);                                          // [..., A]
        var clipped = action.clamp(-1 + ClipMargin, 1 - ClipMargin);                  // [..., A]
        return action + (clipped - action).detach();
    }

    public override Tensor Mode() => Normal.Mode();

    public override Tensor LogProbability(Tensor action) => Normal.LogProbability(action).sum(-1);

    public override Tensor Entropy() => Normal.Entropy().sum(-1);
}
