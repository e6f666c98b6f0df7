using Dreamer.Modules.Distributions;
using Dreamer.Plugins.Latents;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Latents;

public sealed class CategoricalLatentTests
{
    private static readonly double[] Coefficients = [1, -2, 3];

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    public void StraightThroughGradientIsTheGradientOfTheProbabilitiesWhicheverClassIsDrawn(double uniform)
    {
        var logits = tensor(new double[] { 1, 2, 0.5 }).requires_grad_(true);
        var sample = OneHotCategorical.SampleStraightThrough(logits, tensor(uniform));

        (sample * tensor(Coefficients)).sum().backward();

        FiniteDifference.AssertClose([0.371139, -0.876735, 0.505596], logits.grad!.data<double>().ToArray(), 1e-6);
        Assert.Equal(1.0, sample.sum().item<double>(), 12);
    }

    [Fact]
    public void LatentSampleGradientMatchesFiniteDifferencesOfTheExpectedValue()
    {
        var latent = new CategoricalLatent(new CategoricalLatentOptions { Variables = 2, Classes = 3 });
        var parameters = tensor(new double[] { 1, 2, 0.5, -1, 0, 0.3 }).reshape(1, 6);  // [B, S·K]
        var weights = tensor(new double[] { 1, -2, 3, 0.5, 0.25, -1 });                  // [S·K]
        var noise = tensor(new[] { 0.3, 0.8 }).reshape(1, 2);                           // [B, S]

        var straightThrough = FiniteDifference.Autograd(p => (latent.Sample(p, noise) * weights).sum(), parameters);
        var expected = FiniteDifference.Gradient(
            p => (p.reshape(1, 2, 3).softmax(-1).reshape(1, 6) * weights).sum(), parameters);

        FiniteDifference.AssertClose(expected, straightThrough, 1e-8);
    }

    [Fact]
    public void Float32SampleIsOneHotWithinRounding()
    {
        var latent = new CategoricalLatent(new CategoricalLatentOptions { Variables = 4, Classes = 5 });
        var sample = latent.Sample(randn(3, 20)).reshape(3, 4, 5);                      // [B, S, K]

        Assert.Equal(ScalarType.Float32, sample.dtype);
        var values = sample.data<float>().ToArray();
        Assert.All(values, v => Assert.True(Math.Abs(v) < 1e-6 || Math.Abs(v - 1) < 1e-6, $"{v}"));
        Assert.All(sample.sum(-1).data<float>().ToArray(), total => Assert.Equal(1f, total, 5));
    }

    [Fact]
    public void InverseCdfDrawsTheFirstClassWhoseCumulativeProbabilityExceedsTheNoise()
    {
        var logits = tensor(new double[] { 0, 0, 0, 0 });                                // p = 1/4 each
        int Drawn(double u) => (int)OneHotCategorical.SampleStraightThrough(logits, tensor(u)).argmax().item<long>();

        Assert.Equal([0, 1, 2, 3], new[] { 0.1, 0.3, 0.6, 0.99 }.Select(Drawn).ToArray());
    }

    [Fact]
    public void ModeEntropyAndKlAreSummedOverVariables()
    {
        var latent = new CategoricalLatent(new CategoricalLatentOptions { Variables = 2, Classes = 3 });
        var posterior = tensor(new double[] { 1, 0, -1, 0.5, 0.5, 0 });
        var prior = tensor(new double[] { 0, 0, 0, 2, 0, 0 });

        Assert.Equal(new double[] { 1, 0, 0, 1, 0, 0 }, latent.Mode(prior).data<double>().ToArray());
        Assert.Equal(0.66409, latent.Kl(posterior, prior).item<double>(), 5);
        Assert.Equal(2 * Math.Log(3), latent.Entropy(zeros(6, dtype: ScalarType.Float64)).item<double>(), 12);
        Assert.Equal(ScalarType.Float32, latent.Kl(posterior.to_type(ScalarType.Float16), prior.to_type(ScalarType.Float16)).dtype);
        Assert.Equal((6, 6), (latent.ParameterSize, latent.SampleSize));
    }
}
