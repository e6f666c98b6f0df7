using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyThing;

/// <summary>Options of <see cref="MyThing"/> (dreamerv2.md §2.7), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyThingOptions : IComponentOptions
{
    /// <summary>Number of Gaussian dimensions S.</summary>
    [Description("Number of Gaussian dimensions S."), Range(1, 4096)]
    public int Size { get; init; } = 32;

    /// <summary>Smallest standard deviation, added to softplus(raw).</summary>
    [Description("Smallest standard deviation, added to softplus(raw)."), Range(0.0, 10.0)]
    public double MinStd { get; init; } = 0.1;
}
