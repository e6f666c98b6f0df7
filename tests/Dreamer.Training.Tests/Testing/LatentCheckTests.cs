using Dreamer.Plugins.Latents;
using Dreamer.Testing;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="LatentCheck"/> passes the built-in latents and names what a broken one gets wrong.</summary>
public sealed class LatentCheckTests
{
    [Fact]
    public void TheCategoricalLatentPasses() =>
        LatentCheck.Run(ComponentBuilder.Create<CategoricalLatent>(new CategoricalLatentOptions { Variables = 3, Classes = 4 }));

    [Fact]
    public void TheGaussianLatentPasses() =>
        LatentCheck.Run(ComponentBuilder.Create<GaussianLatent>(new GaussianLatentOptions { Size = 5 }));

    [Fact]
    public void TheTinyCategoricalLatentPasses() => LatentCheck.Run(new TinyCategoricalLatent());

    [Fact]
    public void ANegativeKlIsRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(() => LatentCheck.Run(new NegativeKlLatent()));

        Assert.StartsWith("Component Dreamer.Training.Tests.Testing.NegativeKlLatent in Dreamer.Training.Tests gave a negative KL divergence, -", error.Message);
    }
}
