using Dreamer.Abstractions.Components;
using Dreamer.Plugins.Behavior;
using Dreamer.Testing;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="ActorGradientCheck"/> passes the built-in actor gradients and names what a broken one gets wrong.</summary>
public sealed class ActorGradientCheckTests
{
    [Fact]
    public void ReinforcePasses() => ActorGradientCheck.Run(ComponentBuilder.Create<ReinforceGradient>());

    [Fact]
    public void DynamicsPasses() => ActorGradientCheck.Run(ComponentBuilder.Create<DynamicsGradient>(new NoOptions()));

    [Fact]
    public void MixedPasses() => ActorGradientCheck.Run(ComponentBuilder.Create<MixedGradient>());

    [Fact]
    public void AGradientThatHidesThatItDifferentiatesTheReturnIsRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(() => ActorGradientCheck.Run(new MislabelledGradient()));

        Assert.Equal(
            "Component Dreamer.Training.Tests.Testing.MislabelledGradient in Dreamer.Training.Tests says DifferentiatesReturn = False, " +
            "but its objective back-propagates through the return.",
            error.Message);
    }
}
