using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using static TorchSharp.torch;

namespace MyThing;

/// <summary>
/// A REINFORCE actor gradient with an optional dynamics term (dreamerv2.md §5.5): obj_t = ρ·ln π_t(sg(a_{t+1}))·adv_t
/// + (1 − ρ)·V_{t+1}, with 1 − ρ the <see cref="MyThingOptions.Dynamics"/> weight. At 0 it is pure REINFORCE and the
/// learner may imagine without an autograd graph.
/// </summary>
[Component("actor-gradient.my-thing", Summary = "rho * REINFORCE + (1 - rho) * dynamics backpropagation, rho fixed.")]
public sealed class MyThing(MyThingOptions options) : IActorGradient
{
    /// <inheritdoc />
    public Tensor Objective(ActorObjectiveTerms terms, long step)
    {
        var reinforce = terms.LogProbability * terms.Advantage;                         // [H−1, N]
        return options.Dynamics == 0 ? reinforce : (1 - options.Dynamics) * reinforce + options.Dynamics * terms.Return; // [H−1, N]
    }

    /// <inheritdoc />
    public bool DifferentiatesReturn => options.Dynamics > 0;
}
