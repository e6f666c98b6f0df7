using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyThing;

/// <summary>Options of <see cref="MyThing"/> (dreamerv2.md §5.5), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyThingOptions : IComponentOptions
{
    /// <summary>Weight 1 − ρ of the dynamics-backpropagation term; 0 is pure REINFORCE.</summary>
    [Description("Weight (1 - rho) of the dynamics-backpropagation term; 0 is pure REINFORCE."), Range(0.0, 1.0)]
    public double Dynamics { get; init; }
}
