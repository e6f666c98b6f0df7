using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// A replay batch for the world model in the ASR convention of dreamerv2.md §0 (row t holds x_t, the action that led
/// into it, the reward received on arriving, and the flags). <paramref name="Observation"/>: uint8 images
/// <c>[T, B, C, H, W]</c> (preprocessed to x/255 − 0.5) or float vectors <c>[T, B, N]</c>;
/// <paramref name="Action"/> <c>[T, B, A]</c>; <paramref name="Reward"/>, <paramref name="IsFirst"/>,
/// <paramref name="IsTerminal"/> <c>[T, B]</c> (flags as 0/1 floats).
/// </summary>
public sealed record Batch(Tensor Observation, Tensor Action, Tensor Reward, Tensor IsFirst, Tensor IsTerminal);
