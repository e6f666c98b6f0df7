using Dreamer.Plugins.Kl;
using Dreamer.Plugins.Latents;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Kl;

public sealed class BalancedKlTests
{
    private static readonly CategoricalLatent TwoByThree = new(new CategoricalLatentOptions { Variables = 2, Classes = 3 });

    private static Tensor Posterior() => tensor(new double[] { 1, 0, -1, 0.5, 0.5, 0 }).reshape(1, 1, 6).requires_grad_(true);

    private static Tensor Prior() => tensor(new double[] { 0, 0, 0, 2, 0, 0 }).reshape(1, 1, 6).requires_grad_(true);

    [Fact]
    public void ForwardValueIsThePlainKlOfTv4()
    {
        var loss = new BalancedKl(new BalancedKlOptions()).Loss(Posterior(), Prior(), TwoByThree);

        Assert.Equal(0.66409, loss.Loss.item<double>(), 5);
        Assert.Equal(0.66409, loss.Value.item<double>(), 5);
    }

    [Fact]
    public void PriorGetsAlphaAndPosteriorOneMinusAlphaOfTheGradient()
    {
        var posterior = Posterior();
        var prior = Prior();

        new BalancedKl(new BalancedKlOptions { Alpha = 0.8 }).Loss(posterior, prior, TwoByThree).Loss.backward();

        FiniteDifference.AssertClose(
            [-0.265526, 0.070884, 0.194642, 0.322667, -0.221716, -0.100952],
            prior.grad!.data<double>().ToArray(), 1e-6);
        FiniteDifference.AssertClose(
            [0.056517, -0.028154, -0.028363, -0.085658, 0.067803, 0.017855],
            posterior.grad!.data<double>().ToArray(), 1e-6);
    }

    [Fact]
    public void GradientsAreTheFiniteDifferenceGradientsOfTheKlScaledByAlphaAndOneMinusAlpha()
    {
        const double alpha = 0.7;
        var scheme = new BalancedKl(new BalancedKlOptions { Alpha = alpha });
        var prior = Prior().detach();
        var posterior = Posterior().detach();

        var posteriorGradient = FiniteDifference.Autograd(p => scheme.Loss(p, prior, TwoByThree).Loss, posterior);
        var priorGradient = FiniteDifference.Autograd(q => scheme.Loss(posterior, q, TwoByThree).Loss, prior);
        var posteriorNumeric = FiniteDifference.Gradient(p => TwoByThree.Kl(p, prior).mean(), posterior);
        var priorNumeric = FiniteDifference.Gradient(q => TwoByThree.Kl(posterior, q).mean(), prior);

        FiniteDifference.AssertClose(posteriorNumeric.Select(g => (1 - alpha) * g).ToArray(), posteriorGradient, 1e-7);
        FiniteDifference.AssertClose(priorNumeric.Select(g => alpha * g).ToArray(), priorGradient, 1e-7);
    }

    [Theory]
    [InlineData(0.0, true)]
    [InlineData(0.0, false)]
    [InlineData(0.4, false)]
    public void AtAlphaOneHalfEqualsPlainKlInValueAndHalvesItsGradient(double free, bool freeAvg)
    {
        var balanced = new BalancedKl(new BalancedKlOptions { Alpha = 0.5, Free = free, FreeAvg = freeAvg });
        var plain = new PlainKl(new PlainKlOptions { Free = free });
        var latent = new CategoricalLatent(new CategoricalLatentOptions { Variables = 2, Classes = 3 });
        var posteriorLogits = (arange(36, dtype: ScalarType.Float64).sin() * 2).reshape(3, 2, 6);  // [T, B, S·K]
        var priorLogits = (arange(36, dtype: ScalarType.Float64).cos() * 1.5).reshape(3, 2, 6);    // [T, B, S·K]

        var (balancedValue, balancedPosterior, balancedPrior) = Evaluate(balanced.Loss, latent, posteriorLogits, priorLogits);
        var (plainValue, plainPosterior, plainPrior) = Evaluate(plain.Loss, latent, posteriorLogits, priorLogits);

        // §4.1: balanced at α = 0.5 is ½·KL(post ‖ sg prior) + ½·KL(sg post ‖ prior): the same value as the plain
        // branch, but each side receives ½ of the gradient that the plain branch (no stop-gradients) gives it.
        Assert.Equal(plainValue, balancedValue, 12);
        FiniteDifference.AssertClose(plainPosterior.Select(g => 0.5 * g).ToArray(), balancedPosterior, 1e-12);
        FiniteDifference.AssertClose(plainPrior.Select(g => 0.5 * g).ToArray(), balancedPrior, 1e-12);
        Assert.Contains(plainPosterior, g => Math.Abs(g) > 1e-3);
    }

    private static (double Value, double[] Posterior, double[] Prior) Evaluate(
        Func<Tensor, Tensor, Abstractions.Model.ILatentDistribution, Abstractions.Model.KlLoss> loss,
        CategoricalLatent latent, Tensor posteriorLogits, Tensor priorLogits)
    {
        var posterior = posteriorLogits.clone().requires_grad_(true);
        var prior = priorLogits.clone().requires_grad_(true);
        var value = loss(posterior, prior, latent).Loss;
        value.backward();
        return (value.item<double>(), posterior.grad!.data<double>().ToArray(), prior.grad!.data<double>().ToArray());
    }
}
