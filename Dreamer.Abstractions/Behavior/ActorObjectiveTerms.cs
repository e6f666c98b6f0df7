using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// The per-step terms an actor-gradient estimator combines (dreamerv2.md §5.5), each <c>[H−1, N]</c> for
/// t = 0..H−2: <paramref name="LogProbability"/> = ln π_t(sg(a_{t+1})), <paramref name="Advantage"/> =
/// sg(V_{t+1} − v'(feat_t)), <paramref name="Return"/> = V_{t+1} (differentiable through the dynamics).
/// </summary>
public sealed record ActorObjectiveTerms(Tensor LogProbability, Tensor Advantage, Tensor Return)
{
    private readonly Tensor? logProbabilityThroughAction;

    /// <summary>
    /// ln π_t(a_{t+1}) <c>[H−1, N]</c> with the gradient of the straight-through / reparameterized sample a_{t+1}
    /// kept, the REINFORCE term of <c>actor_grad: both</c> (§5.5: only pure REINFORCE stops the action's gradient).
    /// Defaults to <see cref="LogProbability"/>, the same values, when the learner does not set it.
    /// </summary>
    public Tensor LogProbabilityThroughAction
    {
        get => logProbabilityThroughAction ?? LogProbability;
        init => logProbabilityThroughAction = value;
    }
}
