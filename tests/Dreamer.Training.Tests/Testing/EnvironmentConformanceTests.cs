using Dreamer.Environments.MinAtar;
using Dreamer.Testing;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="EnvironmentConformance"/> passes the MinAtar games and names what a broken environment gets wrong.</summary>
public sealed class EnvironmentConformanceTests
{
    private const string Faulty = "Environment Dreamer.Training.Tests.Testing.FaultyEnvironment in Dreamer.Training.Tests";

    [Fact]
    public void BreakoutOnTheGridPasses() =>
        EnvironmentConformance.Run(context => ComponentBuilder.Create<Breakout>(new MinAtarOptions(), context));

    [Fact]
    public void AsterixAsAnImagePasses() =>
        EnvironmentConformance.Run(context => ComponentBuilder.Create<Asterix>(new MinAtarOptions { View = ObservationView.Image }, context), steps: 200);

    [Fact]
    public void AnObservationOutsideTheBoundsIsRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(
            () => EnvironmentConformance.Run(context => new FaultyEnvironment(EnvironmentFault.OutOfBounds, context)));

        Assert.Equal($"{Faulty}: step 3's observation holds 2 at element 1, outside Box[2] Float32 [0, 1].", error.Message);
    }

    [Fact]
    public void EpisodesThatNeverEndAreRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(
            () => EnvironmentConformance.Run(context => new FaultyEnvironment(EnvironmentFault.NeverEnds, context), steps: 50));

        Assert.Equal($"{Faulty}: no episode ended within 50 random steps; pass more steps or end episodes with a time limit.", error.Message);
    }

    [Fact]
    public void AnEnvironmentThatIgnoresItsSeedIsRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(
            () => EnvironmentConformance.Run(context => new FaultyEnvironment(EnvironmentFault.IgnoresSeed, context)));

        Assert.StartsWith($"{Faulty}: two runs with seed 1 and the same actions differ at step 1 (reward ", error.Message);
    }

    [Fact]
    public void AStepAfterTheEndThatDoesNotThrowIsRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(
            () => EnvironmentConformance.Run(context => new FaultyEnvironment(EnvironmentFault.StepsAfterTheEnd, context)));

        Assert.Equal($"{Faulty}: Step after the last step of an episode returned a step instead of throwing InvalidOperationException.", error.Message);
    }
}
