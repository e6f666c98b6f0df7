using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Latents;

/// <summary>Options of <see cref="CategoricalLatent"/> (dreamerv2.md §2.6, §8 rssm.stoch / rssm.discrete).</summary>
public sealed record CategoricalLatentOptions : IComponentOptions
{
    [Description("Number S of categorical variables."), Range(1, 4096)]
    public int Variables { get; init; } = 32;

    [Description("Number K of classes per variable."), Range(2, 4096)]
    public int Classes { get; init; } = 32;
}
