using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Testing;

namespace MyThing.Tests;

/// <summary>The learner acts and trains on a tiny world, built as the host builds it.</summary>
public sealed class MyThingTests
{
    private static readonly FeatureSize Features = new(10);
    private static readonly ActionShape Actions = new(3, Discrete: true);

    [Fact]
    public void MeetsTheBehaviorContract() =>
        BehaviorCheck.Run(
            ComponentBuilder.Create<MyThing>(new MyThingOptions { Horizon = 5, Units = 16 }, Features, Actions, new Reinforce()),
            Features,
            Actions);

    [Fact]
    public void RefusesContinuousActions()
    {
        var error = Assert.Throws<ComponentCheckException>(
            () => ComponentBuilder.Create<MyThing>(Features, new ActionShape(2, Discrete: false), new Reinforce()));

        Assert.Contains("takes discrete actions", error.Message);
    }

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("behavior.my-thing", typeof(MyThing).GetCustomAttribute<ComponentAttribute>()!.Key);
}
