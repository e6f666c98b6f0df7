using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Vision;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Vision;

public sealed class ConvEncoderTests
{
    [Fact]
    public void AtariEncoderHasTv9SizeAndParameterCount()
    {
        var encoder = new ConvEncoder(new ConvEncoderOptions(), new ObservationShape([1, 64, 64]));

        Assert.Equal(1536, encoder.EmbedSize);
        Assert.Equal(1_549_776, encoder.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void DmcEncoderHasTv9ParameterCount()
    {
        var encoder = new ConvEncoder(new ConvEncoderOptions(), new ObservationShape([3, 64, 64]));

        Assert.Equal(1_551_312, encoder.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void SpatialSizesShrink64To2AndLeadingDimensionsAreKept()
    {
        var encoder = new ConvEncoder(new ConvEncoderOptions { Depth = 2 }, new ObservationShape([3, 64, 64]));
        var channels = encoder.named_parameters().Where(p => p.name.EndsWith(".bias")).Select(p => p.parameter.shape[0]);

        var embed = encoder.Encode(zeros(new long[] { 4, 2, 3, 64, 64 }));                               // [T, B, C, H, W]

        Assert.Equal(new long[] { 4, 2, 2 * 8 * 2 * 2 }, embed.shape);
        Assert.Equal(new long[] { 2, 4, 8, 16 }, channels);
    }

    [Fact]
    public void AKernelLargerThanTheImageIsRefusedAtEveryStride()
    {
        var stride2 = Assert.Throws<ArgumentException>(() =>
            new ConvEncoder(new ConvEncoderOptions { Depth = 2, Kernels = [5] }, new ObservationShape([1, 4, 4])));
        Assert.Contains("too small for kernels [5]", stride2.Message);
        Assert.Throws<ArgumentException>(() =>
            new ConvEncoder(new ConvEncoderOptions { Depth = 2, Kernels = [3, 3], Stride = 1 }, new ObservationShape([1, 4, 4])));
        Assert.Equal(2 * 4, new ConvEncoder(new ConvEncoderOptions { Depth = 2, Kernels = [3], Stride = 1 }, new ObservationShape([1, 4, 4])).EmbedSize);
    }

    [Fact]
    public void KernelsAreGlorotUniformAndBiasesZero()
    {
        var encoder = new ConvEncoder(new ConvEncoderOptions(), new ObservationShape([1, 64, 64]));
        var first = encoder.named_parameters().First().parameter;                       // [48, 1, 4, 4]
        var limit = Math.Sqrt(6.0 / (1 * 16 + 48 * 16));

        Assert.True(first.abs().max().item<float>() <= limit);
        Assert.True(first.abs().max().item<float>() > 0.9 * limit);
        Assert.All(encoder.named_parameters().Where(p => p.name.EndsWith(".bias")), p => Assert.Equal(0f, p.parameter.abs().sum().item<float>()));
    }

    [Fact]
    public void MlpEncoderEmbedsVectors()
    {
        var encoder = new MlpEncoder(new MlpEncoderOptions { Layers = 2, Units = 5 }, new ObservationShape([7]));

        Assert.Equal(5, encoder.EmbedSize);
        Assert.Equal(new long[] { 3, 2, 5 }, encoder.Encode(ones(3, 2, 7)).shape);
        Assert.Equal(7 * 5 + 5 + 5 * 5 + 5, encoder.parameters().Sum(p => p.numel()));
    }
}
