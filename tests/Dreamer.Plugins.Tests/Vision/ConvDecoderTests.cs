using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Vision;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Vision;

public sealed class ConvDecoderTests
{
    [Fact]
    public void AtariDecoderHasTv9ParameterCount()
    {
        var decoder = new ConvDecoder(new ConvDecoderOptions(), new ObservationShape([1, 64, 64]), new FeatureSize(1624));

        Assert.Equal(10_497_553, decoder.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void DmcDecoderHasTv9ParameterCount()
    {
        var decoder = new ConvDecoder(new ConvDecoderOptions(), new ObservationShape([3, 64, 64]), new FeatureSize(1224));

        Assert.Equal(9_886_611, decoder.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void SpatialSizesGrow1To64AndLeadingDimensionsAreKept()
    {
        var decoder = new ConvDecoder(new ConvDecoderOptions { Depth = 2 }, new ObservationShape([3, 64, 64]), new FeatureSize(10));

        var image = decoder.Predict(zeros(4, 2, 10));                                    // [T, B, F]

        Assert.Equal(new long[] { 4, 2, 3, 64, 64 }, image.shape);
        Assert.Equal(new long[] { 4, 2 }, decoder.NegLogLikelihood(zeros(4, 2, 10), image).shape);
    }

    [Fact]
    public void ImageNllOfAPerfectPredictionIsTheTv8Constant()
    {
        var decoder = new ConvDecoder(new ConvDecoderOptions { Depth = 2 }, new ObservationShape([1, 64, 64]), new FeatureSize(10));
        decoder.to(ScalarType.Float64);
        using (no_grad())
        {
            foreach (var parameter in decoder.parameters()) parameter.zero_();
        }

        var nll = decoder.NegLogLikelihood(ones(1, 10, dtype: ScalarType.Float64), zeros(1, 1, 64, 64, dtype: ScalarType.Float64));
        var shifted = decoder.NegLogLikelihood(ones(1, 10, dtype: ScalarType.Float64), full(new long[] { 1, 1, 64, 64 }, 0.5, ScalarType.Float64));

        Assert.Equal(3763.972232, nll.item<double>(), 6);
        Assert.Equal(3763.972232 + 4096 * 0.125, shifted.item<double>(), 6);
    }

    [Fact]
    public void MismatchedImageSizeIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ConvDecoder(new ConvDecoderOptions(), new ObservationShape([1, 32, 32]), new FeatureSize(10)));

        Assert.Contains("64×64", error.Message);
    }

    [Fact]
    public void MlpDecoderScoresVectors()
    {
        var decoder = new MlpDecoder(new MlpDecoderOptions { Layers = 1, Units = 4 }, new ObservationShape([3]), new FeatureSize(5));
        var features = zeros(2, 6, 5);                                                  // [T, B, F]

        var prediction = decoder.Predict(features);
        var nll = decoder.NegLogLikelihood(features, prediction + 1);

        Assert.Equal(new long[] { 2, 6, 3 }, prediction.shape);
        Assert.Equal(3 * (0.5 + 0.5 * Math.Log(2 * Math.PI)), nll[0, 0].item<float>(), 4);
    }
}
