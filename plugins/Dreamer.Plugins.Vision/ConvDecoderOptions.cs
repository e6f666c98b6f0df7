using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Vision;

/// <summary>Options of <see cref="ConvDecoder"/> (dreamerv2.md §3 "Decoder", §8 decoder row).</summary>
public sealed record ConvDecoderOptions : IComponentOptions
{
    [Description("Base channel count: the dense layer outputs 32·depth; transposed convolutions have 4·depth, 2·depth, depth channels, then the image's."), Range(1, 4096)]
    public int Depth { get; init; } = 48;

    [Description("Kernel size of each stride-2 transposed convolution; one entry per layer."), Range(1, 64)]
    public IReadOnlyList<int> Kernels { get; init; } = [5, 5, 6, 6];
}
