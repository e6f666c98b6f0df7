using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// Scalars of one behavior update, kept as tensors on the device until a log step reads them
/// (dreamerv2.md §5.4–§5.5).
/// </summary>
public sealed record BehaviorMetrics(
    Tensor ActorLoss,
    Tensor CriticLoss,
    Tensor ActorEntropy,
    Tensor CriticValue,
    Tensor LambdaReturn,
    Tensor ImaginedReward);
