using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Vision;

/// <summary>Options of <see cref="ConvEncoder"/> (dreamerv2.md §3 "Encoder", §8 encoder row).</summary>
public sealed record ConvEncoderOptions : IComponentOptions
{
    [Description("Channels of the first convolution; layer i has depth·2^i channels."), Range(1, 4096)]
    public int Depth { get; init; } = 48;

    [Description("Kernel size of each valid convolution; one entry per layer."), Range(1, 64)]
    public IReadOnlyList<int> Kernels { get; init; } = [4, 4, 4, 4];

    [Description("Stride of every convolution: 2 for 64×64 images (the reference), 1 for small grids such as MinAtar's 10×10."), Range(1, 16)]
    public int Stride { get; init; } = 2;
}
