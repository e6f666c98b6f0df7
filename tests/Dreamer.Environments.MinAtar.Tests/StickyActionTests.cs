namespace Dreamer.Environments.MinAtar.Tests;

/// <summary>Sticky actions (minatar.md §1).</summary>
public sealed class StickyActionTests
{
    [Fact]
    public void TheRepeatRateMatchesTheProbability()
    {
        var sticky = new StickyActions(new MinAtarRandom(1), 0.25);
        var repeats = 0;
        const int trials = 40_000;
        for (var trial = 0; trial < trials; trial++)
        {
            var requested = sticky.Previous == MinAtarAction.Left ? MinAtarAction.Right : MinAtarAction.Left;
            if (sticky.Select(requested) != requested)
            {
                repeats++;
            }
        }

        Assert.InRange(repeats / (double)trials, 0.24, 0.26);
    }

    [Fact]
    public void ProbabilityOneRepeatsTheInitialNoOpForever()
    {
        using var environment = Play.Create("space-invaders", new MinAtarOptions { Sticky = 1 });
        var (total, length) = Play.Constant(environment, (int)MinAtarAction.Fire);
        Assert.Equal((0.0, 17), (total, length));
        Assert.Equal(MinAtarAction.NoOp, environment.LastExecutedAction);
    }

    [Fact]
    public void ProbabilityZeroExecutesTheRequestedAction()
    {
        using var environment = Play.Create("seaquest");
        environment.Reset();
        Play.Step(environment, (int)MinAtarAction.Down);
        Assert.Equal(MinAtarAction.Down, environment.LastExecutedAction);
    }

    [Fact]
    public void ThePreviousActionIsNotResetBetweenEpisodes()
    {
        using var environment = Play.Create("space-invaders", new MinAtarOptions { Sticky = 0.5 }, seed: 3);
        var carried = 0;
        for (var episode = 0; episode < 200; episode++)
        {
            environment.Reset();
            var step = Play.Step(environment, (int)MinAtarAction.Fire);
            while (environment.LastExecutedAction != MinAtarAction.Fire && !step.IsLast)
            {
                step = Play.Step(environment, (int)MinAtarAction.Fire);
            }

            if (step.IsLast || environment.LastExecutedAction != MinAtarAction.Fire)
            {
                continue;
            }

            environment.Reset();
            Assert.Equal(MinAtarAction.Fire, environment.LastExecutedAction);
            Play.Step(environment, (int)MinAtarAction.Left);
            Assert.NotEqual(MinAtarAction.NoOp, environment.LastExecutedAction);
            if (environment.LastExecutedAction == MinAtarAction.Fire)
            {
                carried++;
            }
        }

        Assert.InRange(carried, 60, 140);
    }

    [Fact]
    public void StickyRepeatsTheExecutedActionNotTheRequestedOne()
    {
        var sticky = new StickyActions(new MinAtarRandom(8), 0.5);
        var previous = sticky.Previous;
        for (var trial = 0; trial < 1000; trial++)
        {
            var requested = (MinAtarAction)(trial % 6);
            var executed = sticky.Select(requested);
            Assert.True(executed == requested || executed == previous);
            previous = executed;
        }
    }
}
