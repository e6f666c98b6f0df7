using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace MyEnv;

/// <summary>Options of <see cref="MyEnv"/> (dreamerv2.md §7), bound from the composition's <c>with:</c> map.</summary>
public sealed record MyEnvOptions : IComponentOptions
{
    /// <summary>Balls dropped per episode.</summary>
    [Description("Balls dropped per episode."), Range(1, 1000)]
    public int Balls { get; init; } = 3;
}
