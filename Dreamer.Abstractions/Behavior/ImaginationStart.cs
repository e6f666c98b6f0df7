using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// Start states of imagination (dreamerv2.md §5.1, §10 D12): all B·L posterior states of the world-model pass,
/// flattened to N, detached, and the replay's terminal flags of those rows <c>[N]</c> (float 0/1), which set
/// d_0 = γ·(1 − is_terminal).
/// </summary>
public sealed record ImaginationStart(LatentState State, Tensor IsTerminal);
