using static TorchSharp.torch;

namespace Dreamer.Training.Checkpoints;

/// <summary>
/// Everything a checkpoint holds: network weights and optimizer state as named tensors (written as PyTorch
/// state dictionaries, loadable with <c>torch.load</c>), the counters as JSON, and the resolved composition text.
/// </summary>
public sealed record CheckpointContent(
    IReadOnlyDictionary<string, Tensor> Weights,
    IReadOnlyDictionary<string, Tensor> OptimizerState,
    TrainingCounters Counters,
    string Composition);
