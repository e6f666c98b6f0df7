using Dreamer.Modules.Layers;
using static TorchSharp.torch;

namespace Dreamer.Modules.Tests.Layers;

/// <summary>The decoder's transposed convolutions as a product or a stride-1 convolution: libtorch's values and gradients.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class SubPixelConvolutionTests
{
    public static TheoryData<int, int, int> Shapes => new()
    {
        { 2, 6, 7 }, { 2, 5, 7 }, { 2, 4, 6 }, { 2, 3, 4 }, { 2, 5, 1 }, { 2, 6, 1 }, { 1, 3, 5 }, { 1, 4, 1 }, { 3, 5, 1 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void MatchesTheTransposedConvolutionAndItsGradients(int stride, int kernel, int size)
    {
        manual_seed(7);
        var input = randn(3, 5, size, size, dtype: ScalarType.Float64).requires_grad_(true);          // [N, Cin, H, W]
        var weight = randn(5, 2, kernel, kernel, dtype: ScalarType.Float64).requires_grad_(true);     // [Cin, Cout, k, k]
        var bias = randn(2, dtype: ScalarType.Float64).requires_grad_(true);
        var upstream = randn(3, 2, (size - 1) * stride + kernel, (size - 1) * stride + kernel, dtype: ScalarType.Float64);

        var expected = nn.functional.conv_transpose2d(input, weight, bias, strides: [stride, stride]);
        (expected * upstream).sum().backward();
        var (inputGrad, weightGrad, biasGrad) = (input.grad!.clone(), weight.grad!.clone(), bias.grad!.clone());
        foreach (var tensor in new[] { input, weight, bias }) tensor.grad!.zero_();

        var actual = SubPixelConvolution.Transposed(input, weight, bias, stride);
        Assert.Equal(expected.shape, actual.shape);
        (actual * upstream).sum().backward();
        AssertClose(expected, actual);
        AssertClose(inputGrad, input.grad!);
        AssertClose(weightGrad, weight.grad!);
        AssertClose(biasGrad, bias.grad!);
    }

    [Fact]
    public void CoversOneByOneInputsAndStrideTwoWithEvenKernelsOnly()
    {
        var one = zeros(2, 4, 1, 1);
        var grid = zeros(2, 4, 5, 5);
        Assert.True(SubPixelConvolution.Covers(nn.ConvTranspose2d(4, 2, 5, stride: 2), one));
        Assert.True(SubPixelConvolution.Covers(nn.ConvTranspose2d(4, 2, 6, stride: 2), grid));
        Assert.False(SubPixelConvolution.Covers(nn.ConvTranspose2d(4, 2, 5, stride: 2), grid));
        Assert.False(SubPixelConvolution.Covers(nn.ConvTranspose2d(4, 2, 4, stride: 3), grid));
        Assert.False(SubPixelConvolution.Covers(nn.ConvTranspose2d(4, 2, 4, stride: 2, padding: 1), grid));
    }

    [Fact]
    public void MixedPrecisionRunsCoveredLayersThroughIt()
    {
        manual_seed(3);
        var layer = nn.ConvTranspose2d(4, 2, 6, stride: 2);
        var input = randn(3, 4, 5, 5);
        using var noGrad = no_grad();
        AssertClose(layer.forward(input), MixedPrecision.ConvTranspose2d(layer, input), 1e-5);
    }

    private static void AssertClose(Tensor expected, Tensor actual, double tolerance = 1e-10)
    {
        var error = (expected - actual).abs().max().to_type(ScalarType.Float64).item<double>();
        var scale = Math.Max(expected.abs().max().to_type(ScalarType.Float64).item<double>(), 1);
        Assert.True(error <= tolerance * scale, $"max difference {error} at a scale of {scale}");
    }
}
