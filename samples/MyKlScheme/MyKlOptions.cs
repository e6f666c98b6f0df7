using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyKlScheme;

/// <summary>Options of <see cref="MyKlScheme"/>, bound from the composition's <c>with:</c> map.</summary>
public sealed record MyKlOptions : IComponentOptions
{
    /// <summary>Free nats: KL values below this are not penalised.</summary>
    [Description("Free nats: KL values below this are not penalised.")]
    [Range(0.0, 10.0)]
    public float Free { get; init; } = 1.0f;
}
