using static TorchSharp.torch;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// An RSSM state (dreamerv2.md §2.1): deterministic part <c>h</c> <c>[..., D]</c>, flattened stochastic sample
/// <c>[..., SampleSize]</c> and the raw distribution parameters it was drawn from <c>[..., P]</c>.
/// State passes explicitly; nothing in the RSSM holds it.
/// </summary>
public sealed record LatentState(Tensor Deter, Tensor Stoch, Tensor Parameters)
{
    /// <summary>The features <c>[flatten(stoch); deter]</c>, stochastic part first: <c>[..., S·K + D]</c>.</summary>
    public Tensor Features() => cat([Stoch, Deter], -1);

    /// <summary>The same state with every tensor detached from the graph.</summary>
    public LatentState Detach() => new(Deter.detach(), Stoch.detach(), Parameters.detach());
}
