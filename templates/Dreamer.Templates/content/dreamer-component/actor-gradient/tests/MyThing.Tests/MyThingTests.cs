using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Testing;

namespace MyThing.Tests;

/// <summary>The actor gradient meets its contract, as pure REINFORCE and mixed with the dynamics term.</summary>
public sealed class MyThingTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    public void MeetsTheActorGradientContract(double dynamics) =>
        ActorGradientCheck.Run(ComponentBuilder.Create<MyThing>(new MyThingOptions { Dynamics = dynamics }));

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("actor-gradient.my-thing", typeof(MyThing).GetCustomAttribute<ComponentAttribute>()!.Key);
}
