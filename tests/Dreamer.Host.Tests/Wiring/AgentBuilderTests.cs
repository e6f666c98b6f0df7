using Dreamer.Abstractions.Environments;
using Dreamer.Abstractions.Model;
using Dreamer.Host.Wiring;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>The spaces <see cref="AgentBuilder"/> turns into the agent's observation and action shapes.</summary>
public sealed class AgentBuilderTests
{
    [Fact]
    public void ADiscreteSpaceGivesOneHotActionsAndAFloatBoxContinuousOnes()
    {
        Assert.Equal(new ActionShape(6, Discrete: true), AgentBuilder.ActionShapeOf(new DiscreteSpace(6)));
        Assert.Equal(new ActionShape(3, Discrete: false), AgentBuilder.ActionShapeOf(new BoxSpace([3], ElementType.Float32, -1, 1)));
        Assert.Equal(new ObservationShape([3, 64, 64]), AgentBuilder.ObservationShapeOf(new BoxSpace([3, 64, 64], ElementType.UInt8, 0, 255)));
    }

    [Fact]
    public void OtherSpacesAreRefused()
    {
        var image = new BoxSpace([1, 64, 64], ElementType.UInt8, 0, 255);

        Assert.Throws<ArgumentException>(() => AgentBuilder.ActionShapeOf(image));
        Assert.Throws<ArgumentException>(() => AgentBuilder.ObservationShapeOf(new DiscreteSpace(4)));
    }
}
