using Dreamer.Modules.Distributions;
using static TorchSharp.torch;

namespace Dreamer.Modules.Tests.Distributions;

/// <summary>TV8: the discount head's Bernoulli loss with soft labels (dreamerv2.md §4) and its mean σ(l).</summary>
public sealed class BernoulliLogitsTests
{
    [Theory]
    [InlineData(0.999, 0.128928)]
    [InlineData(0.0, 2.126928)]
    [InlineData(1.0, 0.126928)]
    public void DiscountHeadLossWithSoftLabels(double target, double loss)
    {
        Assert.Equal(loss, BernoulliLogits.NegLogLikelihood(tensor(2.0), tensor(target)).item<double>(), 6);
        Assert.Equal(0.880797, BernoulliLogits.Mean(tensor(2.0)).item<double>(), 6);
    }
}
