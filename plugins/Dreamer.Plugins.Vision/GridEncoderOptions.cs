using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Vision;

/// <summary>Options of <see cref="GridEncoder"/>: the convolutions over a small binary grid such as MinAtar's C×10×10.</summary>
public sealed record GridEncoderOptions : IComponentOptions
{
    [Description("Channels of the first convolution; layer i has depth·2^i channels."), Range(1, 4096)]
    public int Depth { get; init; } = 16;

    [Description("Kernel size of each stride-1 valid convolution; one entry per layer.")]
    public IReadOnlyList<int> Kernels { get; init; } = [3, 3, 3];
}
