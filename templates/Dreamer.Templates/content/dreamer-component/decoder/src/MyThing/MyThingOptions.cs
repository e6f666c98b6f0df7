using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyThing;

/// <summary>Options of <see cref="MyThing"/> (dreamerv2.md §3, "Decoder"), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyThingOptions : IComponentOptions
{
    /// <summary>Number of hidden dense layers.</summary>
    [Description("Number of hidden dense layers."), Range(0, 16)]
    public int Layers { get; init; } = 2;

    /// <summary>Units of each hidden dense layer.</summary>
    [Description("Units of each hidden dense layer."), Range(1, 65536)]
    public int Units { get; init; } = 256;
}
