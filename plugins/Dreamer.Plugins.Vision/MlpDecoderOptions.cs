using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Vision;

/// <summary>Options of <see cref="MlpDecoder"/> (dreamerv2.md §3, §8 decoder mlp [400]×4).</summary>
public sealed record MlpDecoderOptions : IComponentOptions
{
    [Description("Number of hidden dense layers."), Range(0, 64)]
    public int Layers { get; init; } = 4;

    [Description("Units of each hidden dense layer."), Range(1, 65536)]
    public int Units { get; init; } = 400;
}
