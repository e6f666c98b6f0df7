namespace Dreamer.Training.WorldModels;

/// <summary>The transform of the reward-head target (dreamerv2.md §3 preprocessing, §8 clip_rewards).</summary>
public enum RewardTransform
{
    /// <summary>tanh(r) (Atari).</summary>
    Tanh,

    /// <summary>r unchanged (DMC).</summary>
    Identity,
}
