using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Plugins.Latents;

/// <summary>Options of <see cref="GaussianLatent"/> (dreamerv2.md §2.7, §8 rssm.stoch / std_act / min_std).</summary>
public sealed record GaussianLatentOptions : IComponentOptions
{
    [Description("Number of Gaussian dimensions S."), Range(1, 65536)]
    public int Size { get; init; } = 32;

    [Description("Map from the raw std output to the std: sigmoid2 (2·σ(x/2)) or softplus.")]
    public GaussianStdActivation StdActivation { get; init; } = GaussianStdActivation.Sigmoid2;

    [Description("Lower bound added to the std."), Range(0.0, 100.0)]
    public double MinStd { get; init; } = 0.1;
}
