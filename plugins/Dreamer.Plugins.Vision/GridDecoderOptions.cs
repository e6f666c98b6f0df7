using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Vision;

/// <summary>Options of <see cref="GridDecoder"/>, the mirror of <c>encoder.conv</c> with stride 1 on a small grid.</summary>
public sealed record GridDecoderOptions : IComponentOptions
{
    [Description("Base channel count: the dense layer outputs depth·2^(n−1) maps; each transposed convolution halves them, the last gives the grid's channels."), Range(1, 4096)]
    public int Depth { get; init; } = 16;

    [Description("Kernel size of each stride-1 transposed convolution; one entry per layer."), Range(1, 64)]
    public IReadOnlyList<int> Kernels { get; init; } = [3, 3, 3];

    [Description("Each cell's distribution, whose NLL summed over C·H·W is the image loss: gaussian (Normal(mean, 1), the card's) or bernoulli (σ(logit), for 0/1 cells: world_model.observation_scale binary).")]
    public GridLikelihood Likelihood { get; init; } = GridLikelihood.Gaussian;
}
