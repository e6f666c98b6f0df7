using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// One scalar of an update (dreamerv2.md §4, §5.4–§5.5, §6): its stable hierarchical name (<c>loss/image</c>,
/// <c>world_model/grad_norm</c>, …), its value as a device tensor <c>[]</c>, and whether it is a loss term, which the
/// training loop checks for NaN or infinity.
/// </summary>
public sealed record UpdateMetric(string Name, Tensor Value, bool IsLoss = false);
