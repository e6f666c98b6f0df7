using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Vision;

/// <summary>
/// An encoder for small grids such as MinAtar's binary C×10×10 observation (the input the published PyTorch
/// DreamerV2 MinAtar runs fed their encoder): layers of [Conv2D(depth·2^i, kernel k_i, stride 1, valid) → ELU], then
/// flatten (dreamerv2.md §3 with stride 1, since a 10×10 grid has no room for stride 2). With the defaults
/// 10→8→6→4, embedding 4·4·64 = 1024.
/// </summary>
[Component("encoder.grid", Summary = "Stride-1 valid convolutions with ELU (depth 16·2^i, kernels 3) for small grids; embed 1024 at 10×10.")]
public sealed class GridEncoder : nn.Module, IEncoder
{
    private readonly ModuleList<Conv2d> layers;
    private readonly long[] gridShape;

    public GridEncoder(GridEncoderOptions options, ObservationShape observation) : base("encoder")
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(observation);
        var (channels, height, width) = GridShape.Of(observation, "encoder.grid");
        gridShape = [channels, height, width];
        layers = new ModuleList<Conv2d>();
        for (var i = 0; i < options.Kernels.Count; i++)
        {
            var kernel = options.Kernels[i];
            var outChannels = options.Depth << i;
            layers.Add(nn.Conv2d(channels, outChannels, kernel));
            channels = outChannels;
            height -= kernel - 1;
            width -= kernel - 1;
            if (height < 1 || width < 1)
            {
                throw new ArgumentException($"encoder.grid: the grid {observation} is too small for kernels [{string.Join(", ", options.Kernels)}].", nameof(observation));
            }
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
        var grids = observation.reshape([-1, .. gridShape]);                        // [N, C, H, W]
        foreach (var layer in layers)
        {
            grids = Activations.Elu(MixedPrecision.Conv2d(layer, grids));
        }
        return grids.reshape([.. leading, EmbedSize]);                              // [..., E]
    }
}
