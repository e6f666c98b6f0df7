using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyThing;

/// <summary>Options of <see cref="MyThing"/> (dreamerv2.md §3, "Encoder"), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyThingOptions : IComponentOptions
{
    /// <summary>Number of dense layers.</summary>
    [Description("Number of dense layers."), Range(1, 16)]
    public int Layers { get; init; } = 2;

    /// <summary>Units of each dense layer; also the embedding width.</summary>
    [Description("Units of each dense layer; also the embedding width."), Range(1, 65536)]
    public int Units { get; init; } = 256;
}
