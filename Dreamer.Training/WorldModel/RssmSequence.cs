using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.WorldModels;

/// <summary>
/// The result of <see cref="Rssm.Observe(Tensor, Tensor, Tensor)"/> (dreamerv2.md §2.4): posterior states <c>[T, B, ...]</c> and the raw
/// parameters of the posterior and prior distributions <c>[T, B, P]</c> for the KL term.
/// </summary>
public sealed record RssmSequence(LatentState Posterior, Tensor PosteriorParameters, Tensor PriorParameters);
