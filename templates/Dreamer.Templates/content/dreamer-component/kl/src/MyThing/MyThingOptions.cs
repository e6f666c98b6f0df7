using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyThing;

/// <summary>Options of <see cref="MyThing"/> (dreamerv2.md §4.1), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyThingOptions : IComponentOptions
{
    /// <summary>Weight α of the term that trains the prior toward the posterior.</summary>
    [Description("Weight alpha of the term that trains the prior toward the posterior."), Range(0.0, 1.0)]
    public double Alpha { get; init; } = 0.8;

    /// <summary>Free nats: a mean KL below this is not penalised.</summary>
    [Description("Free nats: a mean KL below this is not penalised."), Range(0.0, 100.0)]
    public double Free { get; init; }
}
