using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Wrappers;

namespace Dreamer.Environments.MinAtar.Tests.Wrappers;

/// <summary>TimeLimit, ActionRepeat and OneHotActions on a scripted environment.</summary>
public sealed class WrapperTests
{
    [Fact]
    public void TimeLimitEndsTheEpisodeAsLastButNotTerminal()
    {
        using var environment = new TimeLimit(new ScriptedEnvironment(2, 10), 3);
        environment.Reset();
        Assert.False(environment.Step([0f]).IsLast);
        Assert.False(environment.Step([0f]).IsLast);
        var third = environment.Step([0f]);
        Assert.True(third.IsLast);
        Assert.False(third.IsTerminal);
        environment.Reset();
        Assert.False(environment.Step([0f]).IsLast);
    }

    [Fact]
    public void TimeLimitRefusesAStepAfterItsLastStep()
    {
        using var environment = new TimeLimit(new ScriptedEnvironment(2, 10), 2);
        environment.Reset();
        environment.Step([0f]);
        Assert.True(environment.Step([0f]).IsLast);

        var error = Assert.Throws<InvalidOperationException>(() => environment.Step([0f]));

        Assert.Equal("The episode ended at the time limit of 2 steps: call Reset first.", error.Message);
    }

    [Fact]
    public void TimeLimitPassesAnEarlierTerminalThrough()
    {
        using var environment = new TimeLimit(new ScriptedEnvironment(2, 2), 5);
        environment.Reset();
        environment.Step([0f]);
        var end = environment.Step([0f]);
        Assert.True(end.IsLast);
        Assert.True(end.IsTerminal);
    }

    [Fact]
    public void ActionRepeatSumsRewardsAndStopsEarlyOnLast()
    {
        var inner = new ScriptedEnvironment(3, 6);
        using var environment = new ActionRepeat(inner, 4);
        environment.Reset();
        var first = environment.Step([2f]);
        Assert.Equal(12f, first.Reward);
        Assert.False(first.IsLast);
        Assert.Equal(4, inner.Steps);
        var second = environment.Step([1f]);
        Assert.Equal(4f, second.Reward);
        Assert.True(second.IsLast);
        Assert.True(second.IsTerminal);
        Assert.Equal(6, inner.Steps);
        Assert.Equal(6, second.Observation.Bytes.Span[0]);
    }

    [Fact]
    public void TheHostsWrappersBeginThePipelinedStepOfTheirInnerEnvironmentAndRepeatAfterItEnds()
    {
        var inner = new PipelinedScriptedEnvironment(3, 10);
        using var environment = new OneHotActions(new TimeLimit(new ActionRepeat(inner, 3), 2));
        environment.Reset();

        environment.BeginStep([0f, 0f, 1f]);
        Assert.Equal(["begin 2"], inner.Calls);
        var first = environment.EndStep();
        Assert.Equal(["begin 2", "end", "step 2", "step 2"], inner.Calls);
        Assert.Equal(9f, first.Reward);
        Assert.False(first.IsLast);

        environment.BeginStep([1f, 0f, 0f]);
        var second = environment.EndStep();
        Assert.Equal(3f, second.Reward);
        Assert.True(second.IsLast);
        Assert.False(second.IsTerminal);
        Assert.Throws<InvalidOperationException>(() => environment.BeginStep([1f, 0f, 0f]));
    }

    [Fact]
    public void AWrapperOverAPlainEnvironmentStepsItWhenThePipelinedStepEnds()
    {
        var inner = new ScriptedEnvironment(3, 10);
        using var environment = new OneHotActions(inner);
        environment.Reset();

        environment.BeginStep([0f, 1f, 0f]);
        Assert.Equal(0, inner.Steps);
        Assert.Throws<InvalidOperationException>(() => environment.BeginStep([0f, 1f, 0f]));
        var step = environment.EndStep();

        Assert.Equal([1], inner.Received);
        Assert.Equal(2f, step.Reward);
        Assert.Throws<InvalidOperationException>(() => environment.EndStep());
    }

    [Fact]
    public void OneHotActionsExposeAFloatBoxAndMapTheArgmax()
    {
        var inner = new ScriptedEnvironment(4, 100);
        using var environment = new OneHotActions(inner);
        Assert.Equal(new BoxSpace([4], ElementType.Float32, 0, 1), environment.ActionSpace);
        environment.Reset();
        environment.Step([0f, 0f, 1f, 0f]);
        environment.Step([0.1f, 0.7f, 0.2f, 0f]);
        environment.Step([0f, 0f, 0f, 0f]);
        Assert.Equal([2, 1, 0], inner.Received);
    }

    [Fact]
    public void OneHotActionsRejectAWrongLengthWithAClearMessage()
    {
        using var environment = new OneHotActions(new ScriptedEnvironment(4, 100));
        environment.Reset();
        var error = Assert.Throws<ArgumentException>(() => environment.Step([1f, 0f]));
        Assert.Contains("4 elements", error.Message);
        Assert.Contains("got 2", error.Message);
    }

    [Fact]
    public void OneHotActionsNeedADiscreteSpace()
    {
        using var box = new OneHotActions(new ScriptedEnvironment(3, 5));
        Assert.Throws<ArgumentException>(() => new OneHotActions(box));
    }

    [Fact]
    public void WrappersDisposeTheirInnerEnvironment()
    {
        var inner = new ScriptedEnvironment(2, 5);
        new ActionRepeat(new TimeLimit(new OneHotActions(inner), 3), 2).Dispose();
        Assert.True(inner.Disposed);
    }

    [Fact]
    public void WrappersComposeOverAMinAtarGame()
    {
        using var environment = new TimeLimit(new OneHotActions(Play.Create("seaquest")), 7);
        environment.Reset();
        var length = 0;
        TimeStep step;
        do
        {
            step = environment.Step([1f, 0f, 0f, 0f, 0f, 0f]);
            length++;
        }
        while (!step.IsLast);

        Assert.Equal(7, length);
        Assert.False(step.IsTerminal);
    }
}
