using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Testing;
using static TorchSharp.torch;

namespace MyThing.Tests;

/// <summary>The KL scheme meets its contract and its free nats hold the loss at the floor.</summary>
public sealed class MyThingTests
{
    [Fact]
    public void MeetsTheKlContract() => KlSchemeCheck.Run(ComponentBuilder.Create<MyThing>());

    [Fact]
    public void AKlBelowTheFreeNatsCostsTheFreeNats()
    {
        var scheme = ComponentBuilder.Create<MyThing>(new MyThingOptions { Free = 1.0 });
        var latent = new TinyCategoricalLatent();
        var parameters = zeros(3, 2, latent.ParameterSize);                              // [T, B, P]

        var result = scheme.Loss(parameters, parameters, latent);

        Assert.Equal(1.0, result.Loss.item<float>(), 6);
        Assert.Equal(0.0, result.Value.item<float>(), 6);
    }

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("kl.my-thing", typeof(MyThing).GetCustomAttribute<ComponentAttribute>()!.Key);
}
