using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Vision;

/// <summary>
/// The mirror of <c>encoder.conv</c> with stride 1 on a small grid (MinAtar's binary C×10×10): Dense(features → depth·2^(n−1) maps of the last encoder size), then
/// stride-1 transposed convolutions with ELU between them, halving the channels, the last giving the grid's C
/// channels; the image loss is the NLL of <see cref="GridDecoderOptions.Likelihood"/> summed over C·H·W: the card's
/// unit-variance Gaussian (dreamerv2.md §3, §4), or a Bernoulli per 0/1 cell, whose prediction is σ(logit). With the
/// defaults at 10×10: 64×4×4 → 32×6×6 → 16×8×8 → C×10×10.
/// </summary>
[Component("decoder.grid", Summary = "Dense to 64×4×4, stride-1 transposed convolutions (kernels 3) with ELU to C×10×10; Normal(mean, 1) or Bernoulli NLL.")]
public sealed class GridDecoder : nn.Module, IDecoder
{
    private readonly Linear input;
    private readonly ModuleList<ConvTranspose2d> layers;
    private readonly long[] gridShape;
    private readonly long[] startShape;
    private readonly GridLikelihood likelihood;

    public GridDecoder(GridDecoderOptions options, ObservationShape observation, FeatureSize features) : base("decoder")
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(features);
        if (observation.Dimensions.Count != 3)
        {
            throw new ArgumentException($"decoder.grid needs grid observations [C, H, W]; got {observation}.", nameof(observation));
        }
        var (channels, height, width) = (observation.Dimensions[0], observation.Dimensions[1], observation.Dimensions[2]);
        gridShape = [channels, height, width];
        likelihood = options.Likelihood;
        var count = options.Kernels.Count;
        var shrink = options.Kernels.Sum(k => k - 1);
        if (count == 0 || height - shrink < 1 || width - shrink < 1)
        {
            throw new ArgumentException($"decoder.grid: the grid {observation} is too small for kernels [{string.Join(", ", options.Kernels)}].", nameof(observation));
        }
        var mapChannels = (long)options.Depth << (count - 1);
        startShape = [mapChannels, height - shrink, width - shrink];
        input = nn.Linear(features.Size, startShape[0] * startShape[1] * startShape[2]);
        layers = new ModuleList<ConvTranspose2d>();
        var current = mapChannels;
        for (var i = 0; i < count; i++)
        {
            var outChannels = i == count - 1 ? channels : current / 2;
            layers.Add(nn.ConvTranspose2d(current, outChannels, options.Kernels[i]));
            current = outChannels;
        }
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public Tensor Predict(Tensor features) =>
        likelihood == GridLikelihood.Bernoulli ? BernoulliLogits.Mean(Output(features)) : Output(features); // [..., C, H, W]

    /// <inheritdoc />
    public Tensor NegLogLikelihood(Tensor features, Tensor observation)
    {
        if (likelihood == GridLikelihood.Gaussian)
            return UnitNormal.NegLogLikelihood(Output(features), observation, eventDimensions: 3); // [...]
        return BernoulliLogits.NegLogLikelihood(Output(features), observation).sum([-3, -2, -1]); // [...]
    }

    /// <summary>The last layer's output: the Gaussian's mean, or the Bernoulli's logits. <c>[..., C, H, W]</c>.</summary>
    private Tensor Output(Tensor features)
    {
        var leading = features.shape[..^1];
        var hidden = MixedPrecision.Linear(input, features).reshape([-1, .. startShape]); // [N, 4d, h, w]
        for (var i = 0; i < layers.Count; i++)
        {
            hidden = MixedPrecision.ConvTranspose2d(layers[i], hidden);
            if (i < layers.Count - 1) hidden = Activations.Elu(hidden);
        }
        return hidden.reshape([.. leading, .. gridShape]);                           // [..., C, H, W]
    }
}
