using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.WorldModels;

/// <summary>
/// The named terms of the world-model loss (dreamerv2.md §4), all scalar tensors on the device:
/// <paramref name="Total"/> = L_model = s_i·image + s_r·reward + s_d·discount + s_kl·kl; <paramref name="Kl"/> is
/// L_kl before scaling, <paramref name="KlValue"/> the metric <c>model_kl</c>. <paramref name="Discount"/> is zero
/// when the composition has no discount head. <paramref name="Posterior"/>: the posterior states <c>[T, B, ...]</c>;
/// <paramref name="PriorParameters"/>: the prior's raw parameters <c>[T, B, P]</c> (for entropy metrics).
/// </summary>
public sealed record WorldModelLoss(
    Tensor Total,
    Tensor Image,
    Tensor Reward,
    Tensor Discount,
    Tensor Kl,
    Tensor KlValue,
    LatentState Posterior,
    Tensor PriorParameters);
