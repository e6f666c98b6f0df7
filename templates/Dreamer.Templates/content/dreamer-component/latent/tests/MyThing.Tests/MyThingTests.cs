using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Testing;
using static TorchSharp.torch;

namespace MyThing.Tests;

/// <summary>The latent meets its contract and its KL is the closed form of two Gaussians.</summary>
public sealed class MyThingTests
{
    [Fact]
    public void MeetsTheLatentContract() => LatentCheck.Run(ComponentBuilder.Create<MyThing>(new MyThingOptions { Size = 5 }));

    [Fact]
    public void KlOfShiftedMeansWithEqualStdIsHalfTheSquaredDistanceOverTheVariance()
    {
        var latent = ComponentBuilder.Create<MyThing>(new MyThingOptions { Size = 1, MinStd = 0 });
        var raw = (float)Math.Log(Math.E - 1);                                           // softplus(raw) = 1
        var lhs = tensor(new[] { 0f, raw });                                             // [P]
        var rhs = tensor(new[] { 2f, raw });                                             // [P]

        Assert.Equal(2.0, latent.Kl(lhs, rhs).item<float>(), 4);
    }

    [Fact]
    public void HasTheKeyTheCompositionNames() =>
        Assert.Equal("latent.my-thing", typeof(MyThing).GetCustomAttribute<ComponentAttribute>()!.Key);
}
