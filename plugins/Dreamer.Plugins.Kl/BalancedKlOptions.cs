using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Kl;

/// <summary>Options of <see cref="BalancedKl"/> (dreamerv2.md §4.1, §8 kl row).</summary>
public sealed record BalancedKlOptions : IComponentOptions
{
    [Description("Balance α: the weight of KL(sg(post) || prior), which trains the prior; 1 − α trains the posterior."), Range(0.0, 1.0)]
    public double Alpha { get; init; } = 0.8;

    [Description("Free nats: each KL term is max(KL, free)."), Range(0.0, 1e6)]
    public double Free { get; init; } = 0.0;

    [Description("Apply free nats to the batch-mean KL (true) or to each position's KL (false).")]
    public bool FreeAvg { get; init; } = true;
}
