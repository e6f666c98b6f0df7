using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Vision;

/// <summary>
/// The image encoder of dreamerv2.md §3: layers of [Conv2D(depth·2^i, kernel k_i, stride s, valid) → ELU], then
/// flatten. At 64×64 with the defaults (stride 2): 64→31→14→6→2, embedding 2·2·384 = 1536. Any channel count. With
/// stride 1 it takes small grids: MinAtar's binary C×10×10 with depth 16 and kernels 3 goes 10→8→6→4, embedding 1024
/// (the input and encoder of the published PyTorch DreamerV2 MinAtar runs).
/// </summary>
[Component("encoder.conv", Summary = "4 stride-2 valid convolutions with ELU (depth 48·2^i), flattened; embed 1536 at 64×64.")]
public sealed class ConvEncoder : nn.Module, IEncoder
{
    private readonly ModuleList<Conv2d> layers;
    private readonly long[] imageShape;

    public ConvEncoder(ConvEncoderOptions options, ObservationShape observation) : base("encoder")
    {
        ArgumentNullException.ThrowIfNull(options);
        if (observation.Dimensions.Count != 3)
        {
            throw new ArgumentException($"encoder.conv needs image observations [C, H, W]; got {observation}.", nameof(observation));
        }
        imageShape = observation.Dimensions.Select(d => (long)d).ToArray();
        layers = new ModuleList<Conv2d>();
        var channels = observation.Dimensions[0];
        var height = observation.Dimensions[1];
        var width = observation.Dimensions[2];
        for (var i = 0; i < options.Kernels.Count; i++)
        {
            var kernel = options.Kernels[i];
            var outChannels = options.Depth << i;
            if (height < kernel || width < kernel)
            {
                throw new ArgumentException($"encoder.conv: the image {observation} is too small for kernels [{string.Join(", ", options.Kernels)}].", nameof(observation));
            }
            layers.Add(nn.Conv2d(channels, outChannels, kernel, stride: options.Stride));
            channels = outChannels;
            height = (height - kernel) / options.Stride + 1;
            width = (width - kernel) / options.Stride + 1;
        }
        EmbedSize = channels * height * width;
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public int EmbedSize { get; }

    /// <inheritdoc />
    public Tensor Encode(Tensor observation)
    {
        var leading = observation.shape[..^3];
        var images = observation.reshape([-1, .. imageShape]);                     // [N, C, H, W]
        foreach (var layer in layers)
        {
            images = Activations.Elu(MixedPrecision.Conv2d(layer, images));
        }
        return images.reshape([.. leading, EmbedSize]);                             // [..., E]
    }
}
