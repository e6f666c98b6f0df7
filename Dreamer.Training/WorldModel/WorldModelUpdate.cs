using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.WorldModels;

/// <summary>
/// The outcome of one world-model update (dreamerv2.md §1 step 4(i), §4, §6): the loss terms (computed before the
/// step), the global gradient norm before clipping, and the named metrics made from them, all device tensors —
/// nothing is read on the host.
/// </summary>
public sealed record WorldModelUpdate(WorldModelLoss Loss, Tensor GradientNorm, IReadOnlyList<UpdateMetric> Metrics);
