using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>TV1 of dreamerv2.md §11: λ-returns, weights, terminal start (float64).</summary>
public sealed class LambdaReturnTests
{
    private static readonly double[] Reward = [1.0, 0.5, 2.0, 7.0];
    private static readonly double[] TargetValue = [0.3, 0.8, -0.2, 1.5];
    private static readonly double[] Discount = [0.9, 0.8, 0.5, 0.25];

    [Theory]
    [InlineData(0.95, new[] { 3.24361, 2.582, 2.75 })]
    [InlineData(0.0, new[] { 1.72, 0.34, 2.75 })]
    [InlineData(1.0, new[] { 3.43, 2.7, 2.75 })]
    public void MatchesTv1(double lambda, double[] expected)
    {
        using var scope = NewDisposeScope();
        var lambdaReturn = LambdaReturn.Compute(Column(Reward), Column(TargetValue), Column(Discount), lambda);  // [H, 1]
        Assert.Equal([3, 1], lambdaReturn.shape);
        AssertClose(expected, lambdaReturn, 1e-9);
    }

    [Fact]
    public void WeightsAreTheCumulativeProductOfEarlierDiscounts()
    {
        using var scope = NewDisposeScope();
        var weights = ImaginedDiscount.Weights(Column(Discount));
        AssertClose([1, 0.9, 0.72, 0.36], weights, 1e-12);
    }

    [Fact]
    public void TerminalStartZeroesLaterWeightsAndLeavesOnlyTheFirstReward()
    {
        using var scope = NewDisposeScope();
        var discount = Column([0.0, 0.8, 0.5, 0.25]);
        AssertClose([1, 0, 0, 0], ImaginedDiscount.Weights(discount), 0);
        var lambdaReturn = LambdaReturn.Compute(Column(Reward), Column(TargetValue), discount, 0.95);
        Assert.Equal(Reward[0], lambdaReturn[0, 0].item<double>(), 12);
    }

    [Fact]
    public void WithoutADiscountHeadEveryDiscountIsGammaEvenAfterATerminalStart()
    {
        using var scope = NewDisposeScope();
        var world = new LinearWorld(actions: 3, discountHead: false, gamma: 0.999);
        var features = rand(4, 2, world.FeatureSize);                                   // [H+1, N, F]
        var discount = ImaginedDiscount.Discounts(world, features, tensor(new float[] { 1, 0 }));
        Assert.Equal([4, 2], discount.shape);
        AssertClose([0.999, 0.999, 0.999, 0.999], discount[.., 0], 1e-6);
        AssertClose([0.999, 0.999, 0.999, 0.999], discount[.., 1], 1e-6);
    }

    [Fact]
    public void WithADiscountHeadTheFirstDiscountComesFromTheDataAndLaterOnesFromTheModel()
    {
        using var scope = NewDisposeScope();
        var features = rand(4, 2, LinearWorld.Stoch + LinearWorld.Deter);              // [H+1, N, F]
        var headed = new LinearWorld(actions: 3, discountHead: true, gamma: 0.999);
        var predicted = ImaginedDiscount.Discounts(headed, features, tensor(new float[] { 0, 1 }));
        AssertClose([0.999, 0], predicted[0], 1e-6);
        var expectedLater = headed.ContinueProbability(features[1..])!;
        Assert.True(predicted[1..].allclose(expectedLater));
    }

    internal static Tensor Column(double[] values) => tensor(values, dtype: ScalarType.Float64).unsqueeze(1); // [T, 1]

    internal static void AssertClose(double[] expected, Tensor actual, double tolerance)
    {
        var values = actual.to_type(ScalarType.Float64).reshape(-1).data<double>().ToArray();
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - values[i]) <= tolerance, $"[{i}] expected {expected[i]}, got {values[i]}");
        }
    }
}
