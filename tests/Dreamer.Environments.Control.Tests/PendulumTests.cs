using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Conformance;

namespace Dreamer.Environments.Control.Tests;

/// <summary>The pendulum environment: spaces, episodes of EpisodeLength steps that end last but not terminal, seeding, and its picture.</summary>
public sealed class PendulumTests
{
    [Theory]
    [InlineData(ControlView.Image)]
    [InlineData(ControlView.Vector)]
    public void ItPassesTheEnvironmentConformanceChecksInEachView(ControlView view)
    {
        var result = EnvironmentCheck.Run(context => new Pendulum(new PendulumOptions { View = view, EpisodeLength = 200 }, context), steps: 1000, seed: 3);

        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.Equal(5, result.Episodes);
    }

    [Fact]
    public void TheSpacesAreAGreyImageOrAStateVectorAndOneTorqueAction()
    {
        using var image = new Pendulum(new PendulumOptions(), new EnvironmentContext(1));
        using var vector = new Pendulum(new PendulumOptions { View = ControlView.Vector }, new EnvironmentContext(1));

        Assert.Equal(new BoxSpace([1, 64, 64], ElementType.UInt8, 0, 255), image.ObservationSpace);
        Assert.Equal(new BoxSpace([3], ElementType.Float32, -1, 1), vector.ObservationSpace);
        Assert.Equal(new BoxSpace([1], ElementType.Float32, -1, 1), image.ActionSpace);
    }

    [Fact]
    public void AnEpisodeEndsAfterEpisodeLengthStepsAsLastButNotTerminal()
    {
        using var pendulum = new Pendulum(new PendulumOptions { EpisodeLength = 7 }, new EnvironmentContext(2));
        pendulum.Reset();
        var steps = Enumerable.Range(0, 7).Select(_ => pendulum.Step([0.3f])).ToList();

        Assert.All(steps.Take(6), step => Assert.False(step.IsLast));
        Assert.True(steps[^1].IsLast);
        Assert.All(steps, step => Assert.False(step.IsTerminal));
        Assert.Throws<InvalidOperationException>(() => pendulum.Step([0f]));
    }

    [Fact]
    public void TheVectorIsCosSinAndScaledVelocityAndTheRewardIsTheUprightness()
    {
        using var pendulum = new Pendulum(new PendulumOptions { View = ControlView.Vector }, new EnvironmentContext(5));
        var start = pendulum.Reset();
        Assert.Equal([(float)Math.Cos(pendulum.Angle), (float)Math.Sin(pendulum.Angle), (float)(pendulum.Velocity / 8)], start.Observation.Floats.ToArray());

        var step = pendulum.Step([-1f]);

        Assert.Equal((float)((1 + Math.Cos(pendulum.Angle)) / 2), step.Reward);
        Assert.Equal((float)Math.Cos(pendulum.Angle), step.Observation.Floats.Span[0]);
    }

    [Fact]
    public void TheSeedAndTheIndexChooseTheStartState()
    {
        double Start(int seed, int index)
        {
            using var pendulum = new Pendulum(new PendulumOptions(), new EnvironmentContext(seed, index));
            pendulum.Reset();
            return pendulum.Angle;
        }

        Assert.Equal(Start(4, 0), Start(4, 0));
        Assert.NotEqual(Start(4, 0), Start(5, 0));
        Assert.NotEqual(Start(4, 0), Start(4, 1));
    }

    [Fact]
    public void ThePictureShowsTheBobAboveThePivotWhenUprightAndBelowWhenHangingDown()
    {
        var upright = new byte[64 * 64];
        var down = new byte[64 * 64];
        PendulumRenderer.Render(0, upright);
        PendulumRenderer.Render(Math.PI, down);

        // The bob's centre lies 24 px from the pivot at (31.5, 31.5): row 7.5 upright, row 55.5 hanging down.
        Assert.Equal(255, upright[8 * 64 + 32]);
        Assert.Equal(0, upright[56 * 64 + 32]);
        Assert.Equal(255, down[56 * 64 + 32]);
        Assert.Equal(0, down[8 * 64 + 32]);
        Assert.Equal(0, upright[0]);
        Assert.InRange(upright.Count(pixel => pixel > 0), 150, 400);
    }
}
