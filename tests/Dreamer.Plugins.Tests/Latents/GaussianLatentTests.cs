using Dreamer.Plugins.Latents;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Latents;

public sealed class GaussianLatentTests
{
    private static readonly GaussianLatent Sigmoid2 = new(new GaussianLatentOptions { Size = 2 });

    /// <summary>The raw value whose sigmoid2 std is <paramref name="std"/>: 2σ(raw/2) + 0.1 = std.</summary>
    private static double RawFor(double std)
    {
        var p = (std - 0.1) / 2;
        return 2 * Math.Log(p / (1 - p));
    }

    [Fact]
    public void StdAtRawZeroIsTv8()
    {
        var softplus = new GaussianLatent(new GaussianLatentOptions { StdActivation = GaussianStdActivation.Softplus });

        Assert.Equal(1.1, Sigmoid2.Std(zeros(1, dtype: ScalarType.Float64)).item<double>(), 12);
        Assert.Equal(0.793147, softplus.Std(zeros(1, dtype: ScalarType.Float64)).item<double>(), 6);
    }

    [Fact]
    public void ClosedFormKlIsTv8()
    {
        var posterior = tensor(new[] { 0.5, -1, RawFor(1), RawFor(0.5) });            // [mean; raw]
        var prior = tensor(new[] { 0, 0, RawFor(1), RawFor(1) });

        Assert.Equal(0.943147, Sigmoid2.Kl(posterior, prior).item<double>(), 6);
        Assert.Equal(0.0, Sigmoid2.Kl(prior, prior).item<double>(), 12);
    }

    [Fact]
    public void EntropyModeAndSizes()
    {
        var parameters = tensor(new[] { 0.5, -1, RawFor(1), RawFor(0.5) });
        var expected = 0.5 * Math.Log(2 * Math.PI * Math.E) * 2 + Math.Log(1) + Math.Log(0.5);

        Assert.Equal(expected, Sigmoid2.Entropy(parameters).item<double>(), 10);
        Assert.Equal(new[] { 0.5, -1 }, Sigmoid2.Mode(parameters).data<double>().ToArray());
        Assert.Equal((4, 2), (Sigmoid2.ParameterSize, Sigmoid2.SampleSize));
    }

    [Fact]
    public void SampleIsReparameterizedAndMatchesFiniteDifferences()
    {
        var parameters = tensor(new[] { 0.5, -1, 0.3, -0.7 }).reshape(1, 4);           // [B, 2S]
        var noise = tensor(new[] { 0.8, -1.3 }).reshape(1, 2);                           // [B, S]
        var weights = tensor(new[] { 1.5, -0.5 });

        var autograd = FiniteDifference.Autograd(p => (Sigmoid2.Sample(p, noise) * weights).sum(), parameters);
        var numeric = FiniteDifference.Gradient(p => (Sigmoid2.Sample(p, noise) * weights).sum(), parameters);

        FiniteDifference.AssertClose(numeric, autograd, 1e-8);
        Assert.True(Math.Abs(autograd[2]) > 0.1, "the std parameters receive gradient through the noise");
    }

    [Fact]
    public void RandomSamplesHaveTheDistributionsMoments()
    {
        manual_seed(3);
        var parameters = tensor(new[] { 2f, -1f, 0f, (float)RawFor(0.5) }).expand(20000, 4); // [N, 2S]

        var samples = Sigmoid2.Sample(parameters);                                       // [N, S]

        Assert.Equal(2.0, samples[.., 0].mean().item<float>(), 1);
        Assert.Equal(1.1, samples[.., 0].std().item<float>(), 1);
        Assert.Equal(0.5, samples[.., 1].std().item<float>(), 1);
    }
}
