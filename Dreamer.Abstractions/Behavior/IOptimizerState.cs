using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// The state of an optimizer as named tensors plus its step count, so that checkpoints save and restore it
/// exactly (dreamerv2.md §6).
/// </summary>
public interface IOptimizerState
{
    /// <summary>Number of steps taken.</summary>
    long Steps { get; set; }

    /// <summary>Every state tensor by stable name (<c>m.0</c>, <c>v.0</c>, …), live: loading copies into them.</summary>
    IReadOnlyList<KeyValuePair<string, Tensor>> StateTensors();
}
