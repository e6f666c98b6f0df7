using static TorchSharp.torch;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// An imagined rollout (dreamerv2.md §5.1). Index 0 is the start state with a zero action; index k holds the action
/// sampled at state k−1 and the state it produced. <paramref name="Features"/> <c>[H+1, N, F]</c>,
/// <paramref name="Actions"/> <c>[H+1, N, A]</c>.
/// </summary>
public sealed record Trajectory(Tensor Features, Tensor Actions);
