using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Testing;
using static TorchSharp.torch;

namespace MyThing.Tests;

/// <summary>The decoder meets its contract on vectors and images and scores observations with the unit-variance NLL.</summary>
public sealed class MyThingTests
{
    private static readonly FeatureSize Features = new(12);

    [Theory]
    [InlineData(new[] { 8 })]
    [InlineData(new[] { 1, 16, 16 })]
    public void DecodesObservationsOfAnyShape(int[] dimensions)
    {
        var observation = new ObservationShape(dimensions);

        DecoderCheck.Run(ComponentBuilder.Create<MyThing>(new MyThingOptions { Units = 32 }, observation, Features), observation, Features);
    }

    [Fact]
    public void ThePredictionScoresHalfLnTwoPiPerValue()
    {
        var observation = new ObservationShape([4]);
        var decoder = ComponentBuilder.Create<MyThing>(observation, Features);
        var features = randn(3, Features.Size);                                         // [B, F]

        var score = decoder.NegLogLikelihood(features, decoder.Predict(features));      // [B]

        Assert.Equal(4 * 0.5 * Math.Log(2 * Math.PI), score[0].item<float>(), 4);
    }

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("decoder.my-thing", typeof(MyThing).GetCustomAttribute<ComponentAttribute>()!.Key);
}
