using Dreamer.Modules.Layers;
using static TorchSharp.torch;

namespace Dreamer.Modules.Tests.Layers;

/// <summary>Dense and convolutional layers in bfloat16 with float32 master weights and float32 outputs.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class MixedPrecisionTests
{
    public static TheoryData<string> Layers => ["linear", "conv", "deconv"];

    [Theory]
    [MemberData(nameof(Layers))]
    public void Float32IsTheLayersOwnForwardAndBfloat16IsCloseButNotEqual(string kind)
    {
        manual_seed(1);
        var (layer, input, forward) = Build(kind);
        using var reference = forward();
        Tensor low;
        using (MixedPrecision.Use(ComputePrecision.Float32))
        {
            Assert.True(forward().eq(reference).all().item<bool>());
        }
        using (MixedPrecision.Use(ComputePrecision.Bfloat16))
        {
            low = forward();
        }
        Assert.Equal(ScalarType.Float32, low.dtype);
        Assert.Equal(reference.shape, low.shape);
        Assert.False(low.eq(reference).all().item<bool>(), "bfloat16 gave float32's exact values");
        var error = (low - reference).abs().max().item<float>();
        var scale = reference.abs().max().item<float>();
        Assert.True(error < 0.02 * scale, $"bfloat16 error {error} against a scale of {scale}");

        low.square().sum().backward();
        Assert.All(layer.parameters(), parameter =>
        {
            Assert.Equal(ScalarType.Float32, parameter.dtype);
            Assert.Equal(ScalarType.Float32, parameter.grad!.dtype);
            Assert.True(parameter.grad.abs().sum().item<float>() > 0);
        });
        Assert.Equal(ScalarType.Float32, input.grad!.dtype);
    }

    [Fact]
    public void ScopesNestAndRestoreThePreviousPrecision()
    {
        Assert.Equal(ComputePrecision.Float32, MixedPrecision.Current);
        using (MixedPrecision.Use(ComputePrecision.Bfloat16))
        {
            using (MixedPrecision.Use(ComputePrecision.Float32)) Assert.Equal(ComputePrecision.Float32, MixedPrecision.Current);
            Assert.Equal(ComputePrecision.Bfloat16, MixedPrecision.Current);
        }
        Assert.Equal(ComputePrecision.Float32, MixedPrecision.Current);
    }

    private static (nn.Module Layer, Tensor Input, Func<Tensor> Forward) Build(string kind)
    {
        switch (kind)
        {
            case "linear":
                {
                    var layer = nn.Linear(32, 16);
                    var input = randn(8, 32).requires_grad_(true);                         // [B, 32]
                    return (layer, input, () => MixedPrecision.Linear(layer, input));
                }
            case "conv":
                {
                    var layer = nn.Conv2d(2, 4, 4, stride: 2);
                    var input = randn(3, 2, 16, 16).requires_grad_(true);                  // [N, C, H, W]
                    return (layer, input, () => MixedPrecision.Conv2d(layer, input));
                }
            default:
                {
                    var layer = nn.ConvTranspose2d(4, 2, 5, stride: 2);
                    var input = randn(3, 4, 5, 5).requires_grad_(true);                    // [N, C, H, W]
                    return (layer, input, () => MixedPrecision.ConvTranspose2d(layer, input));
                }
        }
    }
}
