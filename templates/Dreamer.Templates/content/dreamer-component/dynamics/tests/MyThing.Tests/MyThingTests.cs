using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Testing;

namespace MyThing.Tests;

/// <summary>The cell meets its contract, built as the host builds it.</summary>
public sealed class MyThingTests
{
    [Fact]
    public void MeetsTheDynamicsContract()
    {
        var cell = new CellShape(10);

        DynamicsCheck.Run(ComponentBuilder.Create<MyThing>(new MyThingOptions { Deter = 16 }, cell), cell);
    }

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("dynamics.my-thing", typeof(MyThing).GetCustomAttribute<ComponentAttribute>()!.Key);
}
