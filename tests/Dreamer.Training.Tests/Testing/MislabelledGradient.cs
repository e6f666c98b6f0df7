using Dreamer.Abstractions.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Testing;

/// <summary>A broken actor gradient: it back-propagates through the return but says it does not.</summary>
internal sealed class MislabelledGradient : IActorGradient
{
    public Tensor Objective(ActorObjectiveTerms terms, long step) => terms.Return;

    public bool DifferentiatesReturn => false;
}
