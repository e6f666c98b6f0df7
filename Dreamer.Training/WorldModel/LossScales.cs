using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Dreamer.Training.WorldModels;

/// <summary>Weights of the world-model loss terms (dreamerv2.md §4, §8 loss_scales); Atari defaults.</summary>
public sealed record LossScales
{
    [Description("Scale β of the KL term."), Range(0.0, 1e6)]
    public double Kl { get; init; } = 0.1;

    [Description("Scale of the reward NLL."), Range(0.0, 1e6)]
    public double Reward { get; init; } = 1.0;

    [Description("Scale of the discount (continue) NLL."), Range(0.0, 1e6)]
    public double Discount { get; init; } = 5.0;

    [Description("Scale of the image (observation) NLL."), Range(0.0, 1e6)]
    public double Image { get; init; } = 1.0;
}
