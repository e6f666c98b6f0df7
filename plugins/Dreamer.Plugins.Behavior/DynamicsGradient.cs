using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// Dynamics-backpropagation actor gradient (dreamerv2.md §5.5, ρ = 0, the continuous-control choice):
/// obj_t = V_{t+1}, differentiated through the λ-return, the heads and the imagined dynamics into the actor's samples.
/// </summary>
[Component("actor-gradient.dynamics", Summary = "Straight-through / reparameterized gradient of the lambda-return through the world model (rho = 0, DMC).")]
public sealed class DynamicsGradient(NoOptions options) : IActorGradient
{
    /// <summary>The (empty) options this component was built with.</summary>
    public NoOptions Options { get; } = options;

    public Tensor Objective(ActorObjectiveTerms terms, long step) => terms.Return;
}
