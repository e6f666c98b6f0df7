using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// How the actor's objective is formed from REINFORCE and dynamics-backpropagation terms (dreamerv2.md §5.5, the
/// paper's ρ). Returns obj_t <c>[H−1, N]</c> before the entropy bonus; the learner maximises its weighted mean.
/// </summary>
public interface IActorGradient
{
    Tensor Objective(ActorObjectiveTerms terms, long step);

    /// <summary>
    /// Whether <see cref="Objective"/> back-propagates through <see cref="ActorObjectiveTerms.Return"/>, the λ-return
    /// through the world model (§5.5, ρ &lt; 1). When false (REINFORCE, ρ = 1) the learner imagines and evaluates the
    /// trajectory without an autograd graph: no loss reaches it, so the values and gradients are the same.
    /// </summary>
    bool DifferentiatesReturn => true;
}
