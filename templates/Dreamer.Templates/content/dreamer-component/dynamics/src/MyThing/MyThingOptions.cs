using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyThing;

/// <summary>Options of <see cref="MyThing"/> (dreamerv2.md §2.3), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyThingOptions : IComponentOptions
{
    /// <summary>Width D of the deterministic state.</summary>
    [Description("Width D of the deterministic state."), Range(1, 65536)]
    public int Deter { get; init; } = 200;
}
