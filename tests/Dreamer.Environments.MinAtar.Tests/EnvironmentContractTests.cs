using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.MinAtar.Tests;

/// <summary>The IEnvironment side of the MinAtar environments: actions, seeding, step cap, time steps.</summary>
public sealed class EnvironmentContractTests
{
    public static TheoryData<string> Games => new() { "breakout", "asterix", "freeway", "seaquest", "space-invaders" };

    private static List<(byte[] Observation, float Reward, bool Last)> Trajectory(MinAtarEnvironment environment, int steps, int policySeed)
    {
        var random = new Random(policySeed);
        var count = ((DiscreteSpace)environment.ActionSpace).Count;
        var trajectory = new List<(byte[], float, bool)>();
        var step = environment.Reset();
        for (var index = 0; index < steps; index++)
        {
            step = step.IsLast ? environment.Reset() : Play.Step(environment, random.Next(count));
            trajectory.Add((step.Observation.Bytes.ToArray(), step.Reward, step.IsLast));
        }

        return trajectory;
    }

    [Theory]
    [MemberData(nameof(Games))]
    public void EqualSeedsGiveEqualTrajectories(string game)
    {
        using var first = Play.Create(game, new MinAtarOptions(), seed: 12);
        using var second = Play.Create(game, new MinAtarOptions(), seed: 12);
        var a = Trajectory(first, 2000, 1);
        var b = Trajectory(second, 2000, 1);
        Assert.Equal(a.Count, b.Count);
        for (var index = 0; index < a.Count; index++)
        {
            Assert.Equal(a[index].Observation, b[index].Observation);
            Assert.Equal((a[index].Reward, a[index].Last), (b[index].Reward, b[index].Last));
        }
    }

    [Theory]
    [MemberData(nameof(Games))]
    public void DifferentSeedsGiveDifferentStreams(string game)
    {
        using var first = Play.Create(game, new MinAtarOptions(), seed: 12);
        using var second = Play.Create(game, new MinAtarOptions(), seed: 13);
        var a = Trajectory(first, 2000, 1);
        var b = Trajectory(second, 2000, 1);
        Assert.Contains(Enumerable.Range(0, a.Count), index => !a[index].Observation.AsSpan().SequenceEqual(b[index].Observation));
    }

    [Fact]
    public void TheEnvironmentIndexAndTheSeedOptionChangeTheStream()
    {
        var options = new MinAtarOptions();
        using var baseline = new Asterix(options, new EnvironmentContext(5));
        using var otherIndex = new Asterix(options, new EnvironmentContext(5, Index: 1));
        using var otherOffset = new Asterix(options with { Seed = 1 }, new EnvironmentContext(5));
        var reference = Trajectory(baseline, 1000, 1);
        foreach (var environment in new[] { otherIndex, otherOffset })
        {
            var trajectory = Trajectory(environment, 1000, 1);
            Assert.Contains(Enumerable.Range(0, reference.Count), index => !reference[index].Observation.AsSpan().SequenceEqual(trajectory[index].Observation));
        }
    }

    [Fact]
    public void TheStepCapEndsTheEpisodeAsLastButNotTerminal()
    {
        using var environment = Play.Create("seaquest", Play.NoSticky with { MaxSteps = 50 });
        environment.Reset();
        for (var step = 1; step < 50; step++)
        {
            Assert.False(Play.Step(environment, 0).IsLast);
        }

        var last = Play.Step(environment, 0);
        Assert.True(last.IsLast);
        Assert.False(last.IsTerminal);
        Assert.Throws<InvalidOperationException>(() => Play.Step(environment, 0));
        Assert.True(environment.Reset().IsFirst);
        Assert.False(Play.Step(environment, 0).IsLast);
    }

    [Fact]
    public void GameOverIsTerminalAndLast()
    {
        using var environment = Play.Create("space-invaders");
        environment.Reset();
        TimeStep step;
        do
        {
            step = Play.Step(environment, 0);
        }
        while (!step.IsLast);

        Assert.True(step.IsTerminal);
        Assert.False(step.IsFirst);
    }

    [Fact]
    public void ResetIsFirstWithZeroReward()
    {
        using var environment = Play.Create("breakout");
        var step = environment.Reset();
        Assert.True(step.IsFirst);
        Assert.False(step.IsLast);
        Assert.Equal(0f, step.Reward);
    }

    [Theory]
    [InlineData("breakout", new[] { MinAtarAction.NoOp, MinAtarAction.Left, MinAtarAction.Right })]
    [InlineData("asterix", new[] { MinAtarAction.NoOp, MinAtarAction.Left, MinAtarAction.Up, MinAtarAction.Right, MinAtarAction.Down })]
    [InlineData("freeway", new[] { MinAtarAction.NoOp, MinAtarAction.Up, MinAtarAction.Down })]
    [InlineData("seaquest", new[] { MinAtarAction.NoOp, MinAtarAction.Left, MinAtarAction.Up, MinAtarAction.Right, MinAtarAction.Down, MinAtarAction.Fire })]
    [InlineData("space-invaders", new[] { MinAtarAction.NoOp, MinAtarAction.Left, MinAtarAction.Right, MinAtarAction.Fire })]
    public void MinimalActionSetsFollowTheV1Lists(string game, MinAtarAction[] minimal)
    {
        using var reduced = Play.Create(game, Play.NoSticky with { MinimalActions = true });
        using var full = Play.Create(game);
        Assert.Equal(new DiscreteSpace(minimal.Length), reduced.ActionSpace);
        Assert.Equal(minimal, reduced.Actions);
        Assert.Equal(new DiscreteSpace(6), full.ActionSpace);
        reduced.Reset();
        Play.Step(reduced, minimal.Length - 1);
        Assert.Equal(minimal[^1], reduced.LastExecutedAction);
    }

    [Fact]
    public void MalformedActionsAreRejected()
    {
        using var environment = Play.Create("freeway", Play.NoSticky with { MinimalActions = true });
        environment.Reset();
        Assert.Throws<ArgumentException>(() => environment.Step([0f, 1f]));
        Assert.Throws<ArgumentOutOfRangeException>(() => environment.Step([3f]));
        Assert.Throws<ArgumentOutOfRangeException>(() => environment.Step([-1f]));
        Assert.Throws<ArgumentOutOfRangeException>(() => environment.Step([0.5f]));
    }

    [Fact]
    public void StepBeforeResetIsAnError()
    {
        using var environment = Play.Create("asterix");
        Assert.Throws<InvalidOperationException>(() => Play.Step(environment, 0));
    }

    [Fact]
    public void TheGridBufferIsReusedBetweenSteps()
    {
        using var environment = Play.Create("breakout");
        var first = environment.Reset().Observation.Bytes;
        var second = Play.Step(environment, 0).Observation.Bytes;
        Assert.True(first.Span == second.Span);
    }
}
