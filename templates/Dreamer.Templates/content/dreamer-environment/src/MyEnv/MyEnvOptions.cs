using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyEnv;

/// <summary>Options of <see cref="MyEnv"/> (dreamerv2.md §7), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyEnvOptions : IComponentOptions
{
    /// <summary>Rows of the grid; a ball takes rows − 1 steps to fall.</summary>
    [Description("Rows of the grid; a ball takes rows - 1 steps to fall."), Range(3, 64)]
    public int Rows { get; init; } = 8;

    /// <summary>Columns of the grid.</summary>
    [Description("Columns of the grid."), Range(2, 64)]
    public int Columns { get; init; } = 8;

    /// <summary>Balls dropped per episode.</summary>
    [Description("Balls dropped per episode."), Range(1, 1000)]
    public int Balls { get; init; } = 3;
}
