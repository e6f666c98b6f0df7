using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Kl;

/// <summary>Options of <see cref="PlainKl"/> (dreamerv2.md §4.1, balance 0.5 branch).</summary>
public sealed record PlainKlOptions : IComponentOptions
{
    [Description("Free nats, applied to each position's KL: mean(max(KL, free))."), Range(0.0, 1e6)]
    public double Free { get; init; } = 0.0;
}
