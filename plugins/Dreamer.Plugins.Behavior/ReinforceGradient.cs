using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// REINFORCE actor gradient (dreamerv2.md §5.5, ρ = 1, the Atari choice): obj_t = ln π_t(sg(a_{t+1}))·adv_t with
/// adv_t = sg(V_{t+1} − v'(feat_t)). Gradients reach only the actor.
/// </summary>
[Component("actor-gradient.reinforce", Summary = "REINFORCE: log-probability of the drawn action times the advantage over the slow critic (rho = 1, Atari).")]
public sealed class ReinforceGradient(NoOptions options) : IActorGradient
{
    /// <summary>The (empty) options this component was built with.</summary>
    public NoOptions Options { get; } = options;

    public Tensor Objective(ActorObjectiveTerms terms, long step) => terms.LogProbability * terms.Advantage;

    /// <inheritdoc />
    public bool DifferentiatesReturn => false;
}
