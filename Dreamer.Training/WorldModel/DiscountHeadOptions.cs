using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dreamer.Training.WorldModels;

/// <summary>The discount head (dreamerv2.md §3 "MLP heads", §8 discount_head / pred_discount).</summary>
public sealed record DiscountHeadOptions
{
    [Description("Number of hidden dense layers (ELU)."), Range(0, 64)]
    public int Layers { get; init; } = 4;

    [Description("Units of each hidden layer."), Range(1, 65536)]
    public int Units { get; init; } = 400;

    [Description("Whether the head exists (false for DMC: pred_discount False; imagination then uses γ).")]
    public bool Enabled { get; init; } = true;
}
