using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>TV8 (trunc-normal actor) of dreamerv2.md §11 and the pathwise gradient of the inverse-CDF sample (float64).</summary>
public sealed class TruncatedNormalTests
{
    [Fact]
    public void ClosedFormsMatchTv8()
    {
        using var scope = NewDisposeScope();
        var policy = new TruncatedNormalActionDistribution(Scalar(0.5), Scalar(0.0), minStd: 0.1);
        var normal = policy.Normal;
        Assert.Equal(0.462117, normal.Mean.item<double>(), 6);
        Assert.Equal(1.1, normal.Std.item<double>(), 12);
        Assert.Equal(0.595682, normal.Normalizer.item<double>(), 6);
        Assert.Equal(-0.584445, policy.LogProbability(Scalar(0.0)).item<double>(), 6);
        Assert.Equal(-0.575433, policy.LogProbability(Scalar(0.9)).item<double>(), 6);
        Assert.Equal(0.666914, policy.Entropy().item<double>(), 6);
        Assert.Equal(normal.Mean.item<double>(), policy.Mode().item<double>(), 15);
    }

    [Fact]
    public void DensityIntegratesToOneAndEntropyMatchesTheIntegral()
    {
        using var scope = NewDisposeScope();
        var normal = new TruncatedNormal(tensor(0.462117, dtype: ScalarType.Float64), tensor(1.1, dtype: ScalarType.Float64));
        const int points = 200_000;
        var x = linspace(-1, 1, points, dtype: ScalarType.Float64);                                       // [points]
        var logDensity = normal.LogProbability(x);                                                         // [points]
        var density = logDensity.exp();
        var width = 2.0 / (points - 1);
        Assert.Equal(1.0, trapezoid(density, dx: width).item<double>(), 6);
        Assert.Equal(normal.Entropy().item<double>(), trapezoid(-density * logDensity, dx: width).item<double>(), 6);
    }

    [Fact]
    public void SampleInvertsTheTruncatedCdf()
    {
        using var scope = NewDisposeScope();
        var normal = new TruncatedNormal(tensor(new[] { -0.7, 0.2, 0.9 }, dtype: ScalarType.Float64), tensor(new[] { 0.3, 1.1, 0.5 }, dtype: ScalarType.Float64));
        var uniform = tensor(new[] { 0.05, 0.5, 0.95 }, dtype: ScalarType.Float64);
        var sample = normal.Sample(uniform);                                                               // [3]
        var cdf = (special.ndtr((sample - normal.Mean) / normal.Std) - special.ndtr(normal.Alpha)) / normal.Normalizer;
        Assert.True(cdf.allclose(uniform, rtol: 0, atol: 1e-12));
        Assert.True(sample.abs().le(1).all().item<bool>());
    }

    [Theory]
    [InlineData(0.3, 0.6, 0.1)]
    [InlineData(-0.4, 1.1, 0.5)]
    [InlineData(0.8, 0.25, 0.9)]
    public void PathwiseGradientMatchesFiniteDifferences(double mean, double std, double u)
    {
        using var scope = NewDisposeScope();
        var meanTensor = tensor(mean, dtype: ScalarType.Float64).requires_grad_();
        var stdTensor = tensor(std, dtype: ScalarType.Float64).requires_grad_();
        var uniform = tensor(u, dtype: ScalarType.Float64);
        new TruncatedNormal(meanTensor, stdTensor).Sample(uniform).backward();

        const double h = 1e-6;
        double At(double m, double s) =>
            new TruncatedNormal(tensor(m, dtype: ScalarType.Float64), tensor(s, dtype: ScalarType.Float64)).Sample(uniform).item<double>();
        var byMean = (At(mean + h, std) - At(mean - h, std)) / (2 * h);
        var byStd = (At(mean, std + h) - At(mean, std - h)) / (2 * h);
        Assert.Equal(byMean, meanTensor.grad!.item<double>(), 6);
        Assert.Equal(byStd, stdTensor.grad!.item<double>(), 6);
        Assert.NotEqual(0.0, byStd);
    }

    [Fact]
    public void SamplesAreClippedInsideTheBoundsWithAStraightThroughGradient()
    {
        using var scope = NewDisposeScope();
        var uniform = tensor(new[] { 1.0, 0.0, 0.3 }, dtype: ScalarType.Float64);                          // two bounds, one inside
        var rawMean = tensor(new[] { 0.4, -0.2, 0.1 }, dtype: ScalarType.Float64).requires_grad_();
        var rawStd = tensor(new[] { 0.5, 0.5, -1.0 }, dtype: ScalarType.Float64);
        var policy = new TruncatedNormalActionDistribution(rawMean, rawStd, minStd: 0.1);
        var sample = policy.Sample(uniform);                                                                // [A = 3]
        var values = sample.data<double>().ToArray();
        Assert.Equal(1 - TruncatedNormalActionDistribution.ClipMargin, values[0], 15);
        Assert.Equal(-1 + TruncatedNormalActionDistribution.ClipMargin, values[1], 15);
        var unclipped = policy.Normal.Sample(uniform);
        Assert.Equal(unclipped[2].item<double>(), values[2], 15);

        var weights = tensor(new[] { 1.0, 2.0, 3.0 }, dtype: ScalarType.Float64);
        var straightThrough = autograd.grad([(sample * weights).sum()], [rawMean], retain_graph: true)[0];
        var pathwise = autograd.grad([(unclipped * weights).sum()], [rawMean])[0];
        Assert.True(straightThrough.allclose(pathwise, rtol: 0, atol: 1e-15));
        Assert.True(pathwise[2].abs().item<double>() > 0);
    }

    [Theory]
    [InlineData(30.0)]
    [InlineData(-30.0)]
    public void AMeanOnABoundWithTheLeastStdSamplesFiniteActionsAndGradientsInFloat32(double rawMean)
    {
        using var scope = NewDisposeScope();
        float[] noise = [0f, 1e-9f, 0.25f, 0.5f, 0.75f, 0.99999994f, 1f];                                 // u in [0, 1]
        var rawMeans = full(noise.Length, rawMean, dtype: ScalarType.Float32).requires_grad_();           // [A], tanh = ±1 in float32
        var rawStds = full(noise.Length, -30.0, dtype: ScalarType.Float32).requires_grad_();              // [A], σ = min_std
        var policy = new TruncatedNormalActionDistribution(rawMeans, rawStds, minStd: 0.1);
        Assert.Equal(Math.Sign(rawMean), policy.Normal.Mean[0].item<float>());

        var sample = policy.Sample(tensor(noise));                                                         // [A]
        sample.sum().backward();

        var values = sample.data<float>().ToArray();
        Assert.All(values, value => Assert.InRange(value, -1f, 1f));
        Assert.True(rawMeans.grad!.isfinite().all().item<bool>(), "the gradient with respect to the raw mean is finite");
        Assert.True(rawStds.grad!.isfinite().all().item<bool>(), "the gradient with respect to the raw std is finite");
        var reference = new TruncatedNormal(full(noise.Length, (double)Math.Sign(rawMean), dtype: ScalarType.Float64), full(noise.Length, 0.1, dtype: ScalarType.Float64))
            .Sample(tensor(noise).to(ScalarType.Float64)).clamp(-1 + TruncatedNormalActionDistribution.ClipMargin, 1 - TruncatedNormalActionDistribution.ClipMargin);
        for (var i = 2; i < 5; i++) Assert.Equal(reference[i].item<double>(), values[i], 1e-5);
    }

    [Fact]
    public void BothTailsInvertTheSameCdf()
    {
        using var scope = NewDisposeScope();
        var normal = new TruncatedNormal(tensor(new[] { -1.0, 1.0, 0.0 }, dtype: ScalarType.Float64), tensor(new[] { 0.1, 0.1, 2.0 }, dtype: ScalarType.Float64));
        foreach (var u in new[] { 0.001, 0.4999, 0.5001, 0.999 })
        {
            var uniform = full(3, u, dtype: ScalarType.Float64);
            var sample = normal.Sample(uniform);                                                           // [3]
            var cdf = (special.ndtr((sample - normal.Mean) / normal.Std) - special.ndtr(normal.Alpha)) / normal.Normalizer;
            Assert.True(cdf.allclose(uniform, rtol: 0, atol: 1e-9), $"u = {u}: {string.Join(", ", cdf.data<double>().ToArray())}");
        }
    }

    private static Tensor Scalar(double value) => tensor(new[] { value }, dtype: ScalarType.Float64);            // [A = 1]
}
