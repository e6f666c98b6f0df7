using Dreamer.Abstractions.Behavior;
using static TorchSharp.torch;

namespace MyThing.Tests;

/// <summary>The REINFORCE actor gradient (dreamerv2.md §5.5, ρ = 1) the tests give the learner.</summary>
internal sealed class Reinforce : IActorGradient
{
    public Tensor Objective(ActorObjectiveTerms terms, long step) => terms.LogProbability * terms.Advantage; // [H−1, N]

    public bool DifferentiatesReturn => false;
}
