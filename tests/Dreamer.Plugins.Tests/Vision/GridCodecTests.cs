using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Vision;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Vision;

/// <summary>encoder.conv at stride 1 and decoder.grid for MinAtar's binary C×10×10 observations: sizes, parameter counts, the NLL.</summary>
public sealed class GridCodecTests
{
    private static readonly ObservationShape Breakout = new([4, 10, 10]);

    /// <summary>encoder.conv as compositions/minatar.yaml sets it for the grid.</summary>
    private static readonly ConvEncoderOptions GridEncoder = new() { Depth = 16, Kernels = [3, 3, 3], Stride = 1 };

    [Fact]
    public void TheStrideOneEncoderGoesFrom10To4WithDoublingChannels()
    {
        var encoder = new ConvEncoder(GridEncoder, Breakout);

        var embed = encoder.Encode(zeros([3, 2, 4, 10, 10]));                           // [T, B, C, H, W]

        Assert.Equal(4 * 4 * 64, encoder.EmbedSize);
        Assert.Equal(new long[] { 3, 2, 1024 }, embed.shape);
        // 4→16, 16→32, 32→64 channels, 3×3 kernels with biases.
        Assert.Equal((4 * 16 * 9 + 16) + (16 * 32 * 9 + 32) + (32 * 64 * 9 + 64), encoder.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void TheDecoderMirrorsItBackToTheGrid()
    {
        var decoder = new GridDecoder(new GridDecoderOptions(), Breakout, new FeatureSize(356));

        var grid = decoder.Predict(zeros(3, 2, 356));                                   // [T, B, F]

        Assert.Equal(new long[] { 3, 2, 4, 10, 10 }, grid.shape);
        Assert.Equal(new long[] { 3, 2 }, decoder.NegLogLikelihood(zeros(3, 2, 356), grid).shape);
        // Dense 356→64·4·4, then 64→32, 32→16, 16→4 transposed 3×3 kernels with biases.
        Assert.Equal((356 * 1024 + 1024) + (64 * 32 * 9 + 32) + (32 * 16 * 9 + 16) + (16 * 4 * 9 + 4), decoder.parameters().Sum(p => p.numel()));
    }

    [Fact]
    public void TheImageLossIsTheUnitGaussianNllOverTheGrid()
    {
        var decoder = new GridDecoder(new GridDecoderOptions { Depth = 2 }, Breakout, new FeatureSize(5));
        decoder.to(ScalarType.Float64);
        using (no_grad())
        {
            foreach (var parameter in decoder.parameters()) parameter.zero_();
        }
        var target = zeros(1, 4, 10, 10, dtype: ScalarType.Float64);
        target[0, 1, 3, 3] = tensor(1.0, ScalarType.Float64);                            // one object cell

        var nll = decoder.NegLogLikelihood(zeros(1, 5, dtype: ScalarType.Float64), target).item<double>();

        // 400 cells of ½ ln 2π, plus ½ (1 − 0)² for the one set cell.
        Assert.Equal(400 * 0.5 * Math.Log(2 * Math.PI) + 0.5, nll, 9);
    }

    [Fact]
    public void TheBernoulliImageLossIsTheSumOfEachCellsLogitNll()
    {
        var decoder = new GridDecoder(new GridDecoderOptions { Depth = 2, Likelihood = GridLikelihood.Bernoulli }, Breakout, new FeatureSize(5));
        decoder.to(ScalarType.Float64);
        double[] logits = [-2.0, 1.5, 0.0, 3.0];                                      // one per channel: the last layer's bias
        using (no_grad())
        {
            foreach (var parameter in decoder.parameters()) parameter.zero_();
            decoder.named_parameters().Single(p => p.name == "layers.2.bias").parameter.copy_(tensor(logits, ScalarType.Float64));
        }
        var target = zeros(1, 4, 10, 10, dtype: ScalarType.Float64);
        target[0, 1, 3, 3] = tensor(1.0, ScalarType.Float64);                            // one object cell

        var nll = decoder.NegLogLikelihood(zeros(1, 5, dtype: ScalarType.Float64), target).item<double>();
        var mean = decoder.Predict(zeros(1, 5, dtype: ScalarType.Float64));

        // 100 cells per channel of −ln(1 − σ(l)) = softplus(l), and for the set cell −ln σ(l) = softplus(l) − l.
        static double Softplus(double l) => Math.Log(1 + Math.Exp(l));
        Assert.Equal(100 * logits.Sum(Softplus) - logits[1], nll, 9);
        for (var c = 0; c < 4; c++) Assert.Equal(1 / (1 + Math.Exp(-logits[c])), mean[0, c, 5, 5].item<double>(), 12);
    }

    [Fact]
    public void AGridTooSmallForTheKernelsIsRefused()
    {
        var options = GridEncoder with { Kernels = [5, 5, 5] };
        var error = Assert.Throws<ArgumentException>(() => new ConvEncoder(options, Breakout));
        Assert.Contains("too small for kernels [5, 5, 5]", error.Message);
        Assert.Throws<ArgumentException>(() => new GridDecoder(new GridDecoderOptions { Kernels = [5, 5, 5] }, Breakout, new FeatureSize(5)));
        Assert.Throws<ArgumentException>(() => new ConvEncoder(GridEncoder, new ObservationShape([100])));
    }
}
