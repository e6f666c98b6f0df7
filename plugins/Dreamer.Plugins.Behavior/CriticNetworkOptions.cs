using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dreamer.Plugins.Behavior;

/// <summary>The critic network (dreamerv2.md §3, §8 <c>critic</c>): an MLP of <c>layers</c> × <c>units</c> ELU layers, one output.</summary>
public sealed record CriticNetworkOptions
{
    [Description("Hidden layers of the critic MLP."), Range(0, 64)]
    public int Layers { get; init; } = 4;

    [Description("Units per hidden layer of the critic MLP."), Range(1, 65536)]
    public int Units { get; init; } = 400;
}
