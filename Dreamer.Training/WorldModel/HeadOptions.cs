using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dreamer.Training.WorldModels;

/// <summary>An MLP head of the world model (dreamerv2.md §3 "MLP heads", §8 reward_head / discount_head).</summary>
public sealed record HeadOptions
{
    [Description("Number of hidden dense layers (ELU)."), Range(0, 64)]
    public int Layers { get; init; } = 4;

    [Description("Units of each hidden layer."), Range(1, 65536)]
    public int Units { get; init; } = 400;
}
