using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// What a behavior learner sees of the world model (dreamerv2.md §5.1–§5.2): a prior rollout from start states, and
/// the reward and discount heads. Gradients flow through all of them; the world model's own optimizer never
/// steps on behavior losses.
/// </summary>
public interface IImagination
{
    /// <summary>Width F of the features.</summary>
    int FeatureSize { get; }

    /// <summary>The discount γ of the composition (dreamerv2.md §5.2).</summary>
    double Discount { get; }

    /// <summary>
    /// Rolls the prior forward <paramref name="horizon"/> steps from <paramref name="start"/> (<c>[N, ...]</c>).
    /// At each step <paramref name="policy"/> receives the stop-gradient features <c>[N, F]</c> and returns a
    /// sampled action <c>[N, A]</c>, straight-through or reparameterized.
    /// </summary>
    Trajectory Imagine(LatentState start, Func<Tensor, Tensor> policy, int horizon);

    /// <summary>The reward head's mode for features <c>[..., F]</c>: <c>[...]</c>.</summary>
    Tensor Reward(Tensor features);

    /// <summary>
    /// The discount head's mean σ(l) for features <c>[..., F]</c>: <c>[...]</c>, already γ-scaled; or null when the
    /// composition has no discount head, in which case every discount is γ.
    /// </summary>
    Tensor? ContinueProbability(Tensor features);
}
