using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dreamer.Plugins.Behavior;

/// <summary>The actor network (dreamerv2.md §3, §8 <c>actor</c>): an MLP of <c>layers</c> × <c>units</c> ELU layers.</summary>
public sealed record ActorNetworkOptions
{
    [Description("Hidden layers of the actor MLP."), Range(0, 64)]
    public int Layers { get; init; } = 4;

    [Description("Units per hidden layer of the actor MLP."), Range(1, 65536)]
    public int Units { get; init; } = 400;

    [Description("Lower bound of the truncated-normal standard deviation, std = 2*sigmoid(raw/2) + min_std (continuous actions)."), Range(0.0, 10.0)]
    public double MinStd { get; init; } = 0.1;
}
