using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Testing;

namespace MyEnv.Tests;

/// <summary>The environment conforms to its contract, and a ball under the paddle is caught.</summary>
public sealed class MyEnvTests
{
    [Fact]
    public void ConformsToTheEnvironmentContract() =>
        EnvironmentConformance.Run(context => ComponentBuilder.Create<MyEnv>(new MyEnvOptions(), context), steps: 300);

    [Fact]
    public void APaddleThatFollowsTheBallCatchesIt()
    {
        using var environment = ComponentBuilder.Create<MyEnv>(new MyEnvOptions { Balls = 1 }, new EnvironmentContext(0));
        var step = environment.Reset();
        var ballColumn = step.Observation.Bytes.Span[..10].IndexOf((byte)1);
        var paddle = step.Observation.Bytes.Span[90..].IndexOf((byte)1);

        while (!step.IsLast)
        {
            var move = Math.Sign(ballColumn - paddle);
            paddle += move;
            step = environment.Step([move + 1]);
        }

        Assert.Equal(1f, step.Reward);
        Assert.True(step.IsTerminal);
    }

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("environment.my-env", typeof(MyEnv).GetCustomAttribute<ComponentAttribute>()!.Key);
}
