using Dreamer.Abstractions.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>The two losses of one behavior update (dreamerv2.md §5.4, §5.5) and its metrics, before any optimizer step.</summary>
internal sealed record BehaviorLosses(Tensor ActorLoss, Tensor CriticLoss, BehaviorMetrics Metrics);
