using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// Mixed actor gradient (dreamerv2.md §5.5 <c>actor_grad: both</c>): obj_t = mix·V_{t+1} + (1 − mix)·ln π_t(a_{t+1})·adv_t,
/// with mix = 1 − ρ a schedule over agent steps (TV3: 0.977914 at mix 0.1; TV11: linear(0.1, 0, 2.5e6)). Unlike pure
/// REINFORCE the log-probability does not stop the gradient of the straight-through / reparameterized action
/// a_{t+1} (<see cref="ActorObjectiveTerms.LogProbabilityThroughAction"/>), as in the reference's <c>both</c> branch;
/// its value is that of ln π_t(sg(a_{t+1})).
/// </summary>
[Component("actor-gradient.mixed", Summary = "mix * dynamics + (1 - mix) * REINFORCE, mix a schedule (actor_grad: both).")]
public sealed class MixedGradient(MixedGradientOptions options) : IActorGradient
{
    public MixedGradientOptions Options { get; } = options;

    public Tensor Objective(ActorObjectiveTerms terms, long step)
    {
        var mix = Options.Mix.Value(step);
        var reinforce = terms.LogProbabilityThroughAction * terms.Advantage;   // [H−1, N]
        return terms.Return * mix + reinforce * (1 - mix);                      // [H−1, N]
    }
}
