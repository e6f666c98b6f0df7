using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.WorldModels;

/// <summary>
/// What the behavior learner sees of a <see cref="WorldModel"/> (dreamerv2.md §5.1–§5.2): prior rollouts, the reward
/// head's mode and the discount head's mean (or none, then γ is used).
/// </summary>
public sealed class WorldModelImagination(WorldModel model) : IImagination
{
    /// <inheritdoc />
    public int FeatureSize => model.Rssm.FeatureSize;

    /// <inheritdoc />
    public double Discount => model.Options.Discount;

    /// <inheritdoc />
    public Trajectory Imagine(LatentState start, Func<Tensor, Tensor> policy, int horizon) =>
        model.Rssm.Imagine(start, policy, horizon);

    /// <inheritdoc />
    public Tensor Reward(Tensor features) => model.Reward(features);

    /// <inheritdoc />
    public Tensor? ContinueProbability(Tensor features) => model.ContinueProbability(features);
}
