using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Abstractions.Model;
using Dreamer.Environments.MinAtar;
using Dreamer.Plugins.Behavior;
using Dreamer.Plugins.Dynamics;
using Dreamer.Plugins.Vision;
using Dreamer.Testing;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="ComponentBuilder"/> feeds a component's single public constructor as the host does.</summary>
public sealed class ComponentBuilderTests
{
    [Fact]
    public void TheGivenOptionsAndTheContextTheConstructorTakesAreUsed()
    {
        var encoder = ComponentBuilder.Create<MlpEncoder>(
            new MlpEncoderOptions { Layers = 2, Units = 7 }, new ObservationShape([5]), new FeatureSize(3), new EnvironmentContext(1));

        Assert.Equal(7, encoder.EmbedSize);
    }

    [Fact]
    public void WithoutOptionsTheOptionsDefaultsAreUsed()
    {
        var cell = ComponentBuilder.Create<GruCell>(new CellShape(4));

        Assert.Equal(new GruCellOptions().Deter, cell.StateSize);
    }

    [Fact]
    public void AnEarlierComponentIsPassedToTheConstructorThatTakesIt()
    {
        var learner = ComponentBuilder.Create<ActorCritic>(
            new FeatureSize(6), new ActionShape(3, true), new ReinforceGradient(new NoOptions()), new CellShape(4));

        Assert.IsAssignableFrom<IBehaviorLearner>(learner);
    }

    [Fact]
    public void AMissingContextRecordIsNamed()
    {
        var error = Assert.Throws<ComponentCheckException>(() => ComponentBuilder.Create<Breakout>(new MinAtarOptions()));

        Assert.Equal(
            "Dreamer.Environments.MinAtar.Breakout's constructor needs EnvironmentContext (parameter 'context'), and no argument of that type was given.",
            error.Message);
    }

    [Fact]
    public void AConstructorThatThrowsIsReportedWithItsMessage()
    {
        var error = Assert.Throws<ComponentCheckException>(() => ComponentBuilder.Create<MlpEncoder>(new ObservationShape([1, 4, 4])));

        Assert.StartsWith(
            "Dreamer.Plugins.Vision.MlpEncoder could not be built: its constructor threw ArgumentException: encoder.mlp takes vector observations [N]",
            error.Message);
    }

    [Fact]
    public void OptionsOfAnotherComponentAreRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(() => ComponentBuilder.Create<GruCell>(new MlpEncoderOptions(), new CellShape(4)));

        Assert.Equal("Dreamer.Plugins.Dynamics.GruCell takes no options of type MlpEncoderOptions.", error.Message);
    }

    [Fact]
    public void AClassWithTwoPublicConstructorsIsRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(() => ComponentBuilder.Create<TwoConstructors>());

        Assert.Equal("Dreamer.Training.Tests.Testing.TwoConstructors has 2 public constructors; the host builds a component through exactly one.", error.Message);
    }
}
