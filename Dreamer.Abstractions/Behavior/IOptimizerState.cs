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

    /// <summary>
    /// Every state tensor by stable name, live: loading copies into them. Names follow PyTorch's Adam state under the
    /// name the parameter has in the module the optimizer trains: <c>encoder.conv0.weight.exp_avg</c>,
    /// <c>encoder.conv0.weight.exp_avg_sq</c>, …, so that a checkpoint reloads whatever the parameters' order.
    /// </summary>
    IReadOnlyList<KeyValuePair<string, Tensor>> StateTensors();

    /// <summary>
    /// The name that the state tensor <paramref name="name"/> (one of <see cref="StateTensors"/>) had in checkpoints
    /// written before state was keyed by parameter name, when moments were numbered by the parameter's position
    /// (<c>m.0</c>, <c>v.0</c>, …); null when it had none.
    /// </summary>
    string? PositionalName(string name) => null;
}
