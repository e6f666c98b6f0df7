using Dreamer.Modules.Distributions;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// The discrete actor's one-hot categorical over A actions (dreamerv2.md §2.6, §3): straight-through samples
/// one_hot(draw) + p − sg(p), drawn by the inverse CDF of p at one uniform number per state.
/// </summary>
public sealed class OneHotActionDistribution(Tensor logits) : ActionDistribution
{
    /// <summary>Logits <c>[..., A]</c>.</summary>
    public Tensor Logits { get; } = logits;

    public override long[] NoiseShape => [.. Logits.shape[..^1], 1];

    public override Tensor Sample(Tensor uniform) =>
        OneHotCategorical.SampleStraightThrough(Logits, uniform.squeeze(-1));                      // [..., A]

    public override Tensor Mode() => OneHotCategorical.Mode(Logits);

    public override Tensor LogProbability(Tensor action) => OneHotCategorical.LogProbability(Logits, action);

    public override Tensor Entropy() => OneHotCategorical.Entropy(Logits);
}
