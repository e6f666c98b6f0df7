using Dreamer.Plugins.Behavior;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

public sealed class ActionNoiseTests
{
    private const int Draws = 100_000;

    [Fact]
    public void NoNoiseLeavesTheActionAlone()
    {
        using var scope = NewDisposeScope();
        var action = tensor(new float[] { 0, 1, 0 }).reshape(1, 3);
        Assert.Same(action, ActionNoise.Apply(action, 0, discrete: true));
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.4)]
    public void DiscreteNoiseMixesTheOneHotActionWithTheUniformPolicy(double amount)
    {
        using var scope = NewDisposeScope();
        var action = nn.functional.one_hot(full(Draws, 2L), 3).to_type(ScalarType.Float32); // [N, 3], always action 2
        var noisy = ActionNoise.Apply(action, amount, discrete: true);
        Assert.Equal(Draws, noisy.sum().ToSingle(), 0.5);                                  // still one-hot
        var frequencies = noisy.mean([0]).data<float>().ToArray();
        var other = amount / 3;
        Assert.Equal(other, frequencies[0], 0.01);
        Assert.Equal(other, frequencies[1], 0.01);
        Assert.Equal(1 - 2 * other, frequencies[2], 0.01);
    }

    [Fact]
    public void ContinuousNoiseIsGaussianAroundTheActionAndClipped()
    {
        using var scope = NewDisposeScope();
        var action = full(Draws, 1, 0.2f);                                                  // [N, 1]
        var noisy = ActionNoise.Apply(action, 0.3, discrete: false);
        Assert.Equal(0.2, noisy.mean().ToSingle(), 0.01);
        Assert.Equal(0.3, noisy.std().ToSingle(), 0.01);
        var clipped = ActionNoise.Apply(full(Draws, 1, 0.9f), 0.5, discrete: false);
        Assert.True(clipped.max().ToSingle() <= 1f);
        Assert.True(clipped.eq(1f).to_type(ScalarType.Float32).mean().ToSingle() > 0.3);    // P(0.9 + ε > 1) ≈ 0.42
    }
}
