using Dreamer.Abstractions.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Training.Checkpoints;

/// <summary>
/// One optimizer's part of <c>optimizers.pt</c>, under the optimizer's name: its state tensors by parameter name
/// (<c>model.encoder.conv0.weight.exp_avg</c>, <c>….exp_avg_sq</c>) and its step count (<c>model.step</c>, int64; the
/// count that restore reads stays in <c>counters.json</c>). Restore finds each tensor by name, so the parameters'
/// order may differ; checkpoints of the older layout, where moments were numbered by position (<c>model.m.0</c>,
/// <c>model.v.0</c>), are read by position.
/// </summary>
internal static class OptimizerCheckpoint
{
    private const string StepKey = "step";
    private const string OldLayoutMarker = "m.0";

    /// <summary>Adds the state of <paramref name="optimizer"/> to <paramref name="tensors"/>.</summary>
    public static void Capture(string name, IOptimizerState optimizer, IDictionary<string, Tensor> tensors)
    {
        foreach (var (key, state) in optimizer.StateTensors()) tensors[$"{name}.{key}"] = state;
        tensors[$"{name}.{StepKey}"] = tensor(optimizer.Steps);
    }

    /// <summary>Copies the state saved under <paramref name="name"/> into <paramref name="optimizer"/>'s tensors.</summary>
    public static void Restore(string name, IOptimizerState optimizer, IReadOnlyDictionary<string, Tensor> tensors)
    {
        var oldLayout = tensors.ContainsKey($"{name}.{OldLayoutMarker}");
        foreach (var (key, target) in optimizer.StateTensors())
        {
            var saved = oldLayout && optimizer.PositionalName(key) is { } positional ? positional : key;
            target.copy_(AgentCheckpoint.Require(tensors, $"{name}.{saved}", target));
        }
    }
}
