using Dreamer.Modules.Distributions;
using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>TV2 of dreamerv2.md §11: the critic loss over t = 0..H−1 with the ½ln2π constant (float64).</summary>
public sealed class CriticLossTests
{
    [Fact]
    public void MatchesTv2()
    {
        using var scope = NewDisposeScope();
        var value = LambdaReturnTests.Column([0.3, 0.8, -0.2]);                                  // [H, 1]
        var lambdaReturn = LambdaReturnTests.Column([3.24361, 2.582, 2.75]);                     // [H, 1]
        var weights = LambdaReturnTests.Column([1, 0.9, 0.72]);                                  // [H, 1]

        var halfSquaredError = (value - lambdaReturn).square() * 0.5;
        LambdaReturnTests.AssertClose([4.33242, 1.587762, 4.35125], halfSquaredError, 1e-5);
        var loss = CriticLoss.Compute(value, lambdaReturn, weights).item<double>();
        Assert.Equal(3.767308, loss, 5);
        Assert.Equal(2.964769, loss - UnitNormal.HalfLogTwoPi * weights.mean().item<double>(), 5);
    }

    [Fact]
    public void TargetsAndWeightsCarryNoGradient()
    {
        using var scope = NewDisposeScope();
        var value = LambdaReturnTests.Column([0.3, 0.8, -0.2]).requires_grad_();
        var lambdaReturn = LambdaReturnTests.Column([3.24361, 2.582, 2.75]).requires_grad_();
        var weights = LambdaReturnTests.Column([1, 0.9, 0.72]).requires_grad_();
        CriticLoss.Compute(value, lambdaReturn, weights).backward();
        Assert.NotNull(value.grad);
        Assert.Null(lambdaReturn.grad);
        Assert.Null(weights.grad);
        LambdaReturnTests.AssertClose([(0.3 - 3.24361) / 3, 0.9 * (0.8 - 2.582) / 3, 0.72 * (-0.2 - 2.75) / 3], value.grad!, 1e-9);
    }
}
