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
    public void ABallTheWholeEpisodeUnderThePaddleIsCaught()
    {
        using var environment = ComponentBuilder.Create<MyEnv>(new MyEnvOptions { Columns = 2, Rows = 3, Balls = 1 }, new EnvironmentContext(0));
        var start = environment.Reset();
        var ballColumn = start.Observation.Bytes.Span[..2].IndexOf((byte)1);

        environment.Step([ballColumn == 0 ? 0 : 2]);
        var last = environment.Step([1]);

        Assert.Equal(1f, last.Reward);
        Assert.True(last.IsLast && last.IsTerminal);
    }

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("environment.my-env", typeof(MyEnv).GetCustomAttribute<ComponentAttribute>()!.Key);
}
