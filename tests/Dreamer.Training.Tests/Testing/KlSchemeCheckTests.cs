using Dreamer.Plugins.Kl;
using Dreamer.Plugins.Latents;
using Dreamer.Testing;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="KlSchemeCheck"/> passes the built-in KL schemes and names what a broken one gets wrong.</summary>
public sealed class KlSchemeCheckTests
{
    [Fact]
    public void TheBalancedKlPasses() => KlSchemeCheck.Run(ComponentBuilder.Create<BalancedKl>());

    [Fact]
    public void ThePlainKlPassesWithAGaussianLatent() =>
        KlSchemeCheck.Run(ComponentBuilder.Create<PlainKl>(), ComponentBuilder.Create<GaussianLatent>(new GaussianLatentOptions { Size = 4 }));

    [Fact]
    public void AMetricThatKeepsTheGraphIsRefused()
    {
        var error = Assert.Throws<ComponentCheckException>(() => KlSchemeCheck.Run(new AttachedValueKl()));

        Assert.Equal(
            "Component Dreamer.Training.Tests.Testing.AttachedValueKl in Dreamer.Training.Tests returned a Value that requires grad; the model_kl metric must be detached.",
            error.Message);
    }
}
