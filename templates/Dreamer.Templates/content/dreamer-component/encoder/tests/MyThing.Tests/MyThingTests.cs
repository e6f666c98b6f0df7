using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Testing;

namespace MyThing.Tests;

/// <summary>The encoder meets its contract on vectors and images, built as the host builds it.</summary>
public sealed class MyThingTests
{
    [Theory]
    [InlineData(new[] { 8 })]
    [InlineData(new[] { 1, 16, 16 })]
    public void EncodesObservationsOfAnyShape(int[] dimensions)
    {
        var observation = new ObservationShape(dimensions);
        var encoder = ComponentBuilder.Create<MyThing>(new MyThingOptions { Units = 32 }, observation);

        EncoderCheck.Run(encoder, observation);

        Assert.Equal(32, encoder.EmbedSize);
    }

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("encoder.my-thing", typeof(MyThing).GetCustomAttribute<ComponentAttribute>()!.Key);
}
