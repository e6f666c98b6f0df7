using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// How the actor's objective is formed from REINFORCE and dynamics-backpropagation terms (dreamerv2.md §5.5, the
/// paper's ρ). Returns obj_t <c>[H−1, N]</c> before the entropy bonus; the learner maximises its weighted mean.
/// </summary>
public interface IActorGradient
{
    Tensor Objective(ActorObjectiveTerms terms, long step);
}
