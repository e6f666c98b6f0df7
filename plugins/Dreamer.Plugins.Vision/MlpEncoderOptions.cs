using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Vision;

/// <summary>Options of <see cref="MlpEncoder"/> (dreamerv2.md §3, §8 encoder mlp [400]×4).</summary>
public sealed record MlpEncoderOptions : IComponentOptions
{
    [Description("Number of dense layers."), Range(1, 64)]
    public int Layers { get; init; } = 4;

    [Description("Units of each dense layer; also the embedding width."), Range(1, 65536)]
    public int Units { get; init; } = 400;
}
