using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Vision;

/// <summary>
/// The image decoder of dreamerv2.md §3: Dense(feat → 32·depth), reshape to 1×1, transposed convolutions
/// (stride 2, valid) with ELU except the last; spatial 1→5→13→30→64 with the defaults. The output is the mean of
/// Normal(mean, 1) per pixel; the negative log-likelihood sums over [C, H, W].
/// </summary>
[Component("decoder.conv", Summary = "Dense to 1×1×32·depth, transposed convolutions k5,5,6,6 s2 with ELU; Normal(mean, 1) image NLL.")]
public sealed class ConvDecoder : nn.Module, IDecoder
{
    private readonly Linear input;
    private readonly ModuleList<ConvTranspose2d> layers;
    private readonly long[] imageShape;
    private readonly long inputChannels;

    public ConvDecoder(ConvDecoderOptions options, ObservationShape observation, FeatureSize features) : base("decoder")
    {
        ArgumentNullException.ThrowIfNull(options);
        if (observation.Dimensions.Count != 3)
        {
            throw new ArgumentException($"decoder.conv needs image observations [C, H, W]; got {observation}.", nameof(observation));
        }
        imageShape = observation.Dimensions.Select(d => (long)d).ToArray();
        inputChannels = 32L * options.Depth;
        input = nn.Linear(features.Size, inputChannels);
        layers = new ModuleList<ConvTranspose2d>();
        var count = options.Kernels.Count;
        var channels = inputChannels;
        var size = 1;
        for (var i = 0; i < count; i++)
        {
            var last = i == count - 1;
            var outChannels = last ? imageShape[0] : (long)options.Depth << (count - i - 2);
            layers.Add(nn.ConvTranspose2d(channels, outChannels, options.Kernels[i], stride: 2));
            channels = outChannels;
            size = (size - 1) * 2 + options.Kernels[i];
        }
        if (size != imageShape[1] || size != imageShape[2])
        {
            throw new ArgumentException(
                $"decoder.conv with kernels [{string.Join(", ", options.Kernels)}] produces {size}×{size} images; the observation is {observation}.",
                nameof(observation));
        }
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public Tensor Predict(Tensor features)
    {
        var leading = features.shape[..^1];
        var hidden = MixedPrecision.Linear(input, features).reshape(-1, inputChannels, 1, 1);    // [N, 32·depth, 1, 1]
        for (var i = 0; i < layers.Count; i++)
        {
            hidden = MixedPrecision.ConvTranspose2d(layers[i], hidden);
            if (i < layers.Count - 1) hidden = Activations.Elu(hidden);
        }
        return hidden.reshape([.. leading, .. imageShape]);                          // [..., C, H, W]
    }

    /// <inheritdoc />
    public Tensor NegLogLikelihood(Tensor features, Tensor observation) =>
        UnitNormal.NegLogLikelihood(Predict(features), observation, eventDimensions: 3); // [...]
}
