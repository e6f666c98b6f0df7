using static TorchSharp.torch;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// Result of a <see cref="IKlScheme"/> (dreamerv2.md §4.1): <paramref name="Loss"/> is the scalar L_kl to minimise
/// (before the KL loss scale); <paramref name="Value"/> is the scalar metric <c>model_kl</c>, the mean of
/// KL(post ‖ prior) over positions, without gradient.
/// </summary>
public sealed record KlLoss(Tensor Loss, Tensor Value);
