using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Kl;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Kl;

/// <summary>TV5: free nats on given per-position KL values.</summary>
public sealed class FreeNatsTests
{
    [Theory]
    [InlineData(0.3, 0.5, 1.0, 1.0)]
    [InlineData(1.2, 1.6, 1.4, 1.4)]
    [InlineData(0.5, 1.9, 1.2, 1.45)]
    public void FreeNatsClampTheMeanOrEachPosition(double first, double second, double freeAvg, double perElement)
    {
        var kl = tensor(new[] { first, second }).reshape(1, 2, 1);                   // [T, B, 1]
        var prior = zeros_like(kl);

        Assert.Equal(freeAvg, Balanced(true).Loss(kl, prior, new GivenKl()).Loss.item<double>(), 12);
        Assert.Equal(perElement, Balanced(false).Loss(kl, prior, new GivenKl()).Loss.item<double>(), 12);
        Assert.Equal(perElement, new PlainKl(new PlainKlOptions { Free = 1.0 }).Loss(kl, prior, new GivenKl()).Loss.item<double>(), 12);
    }

    [Fact]
    public void BelowFreeNatsTheBatchMeanGivesNoGradient()
    {
        var kl = tensor(new[] { 0.3, 0.5 }).reshape(1, 2, 1).requires_grad_(true);

        Balanced(true).Loss(kl, zeros_like(kl), new GivenKl()).Loss.backward();

        Assert.All(kl.grad!.data<double>().ToArray(), g => Assert.Equal(0.0, g));
    }

    [Fact]
    public void WithoutFreeNatsTheLossIsTheMeanKl()
    {
        var kl = tensor(new[] { 0.3, 0.5 }).reshape(1, 2, 1);

        Assert.Equal(0.4, new BalancedKl(new BalancedKlOptions()).Loss(kl, zeros_like(kl), new GivenKl()).Loss.item<double>(), 12);
    }

    private static BalancedKl Balanced(bool freeAvg) => new(new BalancedKlOptions { Free = 1.0, FreeAvg = freeAvg });

    /// <summary>A latent whose KL is the posterior parameter itself: KL(lhs ‖ rhs) = Σ lhs.</summary>
    private sealed class GivenKl : ILatentDistribution
    {
        public int ParameterSize => 1;
        public int SampleSize => 1;
        public Tensor Sample(Tensor parameters) => parameters;
        public Tensor Mode(Tensor parameters) => parameters;
        public Tensor Entropy(Tensor parameters) => parameters.sum(-1);
        public Tensor Kl(Tensor lhs, Tensor rhs) => lhs.sum(-1) + 0.0 * rhs.sum(-1);
    }
}
