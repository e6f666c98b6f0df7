using Dreamer.Abstractions.Environments;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// What a <see cref="Trainer"/> trains with, built and owned by the caller (dreamerv2.md §1): the agent already on
/// <paramref name="Device"/>, the training environments (one batched policy call steps them all) and the
/// <c>training.eval_envs</c> evaluation environments (likewise), each wrapped as the agent acts (one-hot actions for
/// discrete spaces).
/// </summary>
public sealed record TrainingParts(
    BuiltAgent Agent,
    Device Device,
    IReadOnlyList<IEnvironment> Environments,
    IReadOnlyList<IEnvironment> EvalEnvironments);
