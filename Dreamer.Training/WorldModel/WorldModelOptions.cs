using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Modules.Optimization;

namespace Dreamer.Training.WorldModels;

/// <summary>
/// The <c>world_model</c> section of a composition (dreamerv2.md §2.2, §3, §4, §6, §8; Atari defaults): RSSM hidden
/// width, heads, discount, reward transform, loss scales, which heads pass gradients into the model, optimizer.
/// </summary>
public sealed record WorldModelOptions
{
    /// <summary>The head names <see cref="GradHeads"/> may list.</summary>
    public static readonly IReadOnlyList<string> HeadNames = [WorldModelHeads.Decoder, WorldModelHeads.Reward, WorldModelHeads.Discount];

    [Description("Width Hd of the RSSM's img_in, img_out and obs_out layers (rssm.hidden)."), Range(1, 65536)]
    public int Hidden { get; init; } = 600;

    [Description("Reward head: Normal(out, 1) MLP.")]
    public HeadOptions RewardHead { get; init; } = new();

    [Description("Discount head: Bernoulli-logits MLP trained on γ(1 − is_terminal); enabled: false for DMC.")]
    public DiscountHeadOptions DiscountHead { get; init; } = new();

    [Description("Discount γ: the discount head's target scale and the imagination discount."), Range(0.0, 1.0)]
    public double Discount { get; init; } = 0.999;

    [Description("Scale of uint8 observations: image (x/255 − 0.5) or binary (0/1 grids as they are).")]
    public ObservationScale ObservationScale { get; init; } = ObservationScale.Image;

    [Description("Transform of the reward-head target: tanh (Atari) or identity (DMC).")]
    public RewardTransform RewardTransform { get; init; } = RewardTransform.Tanh;

    [Description("Weights of the loss terms.")]
    public LossScales LossScales { get; init; } = new();

    [Description("Heads whose loss trains the representation (decoder, reward, discount); the others see sg(features).")]
    public IReadOnlyList<string> GradHeads { get; init; } = [WorldModelHeads.Decoder, WorldModelHeads.Reward, WorldModelHeads.Discount];

    [Description("The world-model optimizer (model_opt).")]
    public OptimizerOptions Optimizer { get; init; } = new() { Lr = 2e-4, Eps = 1e-5, Clip = 100, Wd = 1e-6 };
}
