using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Latents;

/// <summary>
/// A diagonal Gaussian latent, DreamerV1-style (dreamerv2.md §2.7, the "No Discrete Latents" ablation): parameters
/// are [mean; raw] (2S); std = 2σ(raw/2) + min_std or softplus(raw) + min_std; reparameterized sample
/// mean + std·ε; mode = mean; closed-form KL and entropy summed over the S dimensions, in float32.
/// </summary>
[Component("latent.gaussian", Summary = "Diagonal Gaussian with reparameterized samples (DreamerV1-style ablation).")]
public sealed class GaussianLatent : ILatentDistribution
{
    private static readonly double HalfLogTwoPiE = 0.5 * Math.Log(2 * Math.PI * Math.E);

    private readonly int size;
    private readonly GaussianStdActivation activation;
    private readonly double minStd;

    public GaussianLatent(GaussianLatentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        size = options.Size;
        activation = options.StdActivation;
        minStd = options.MinStd;
    }

    /// <inheritdoc />
    public int ParameterSize => 2 * size;

    /// <inheritdoc />
    public int SampleSize => size;

    /// <inheritdoc />
    public Tensor Sample(Tensor parameters)
    {
        var (mean, _) = Split(parameters);
        return Sample(parameters, randn_like(mean));                                  // [..., S]
    }

    /// <summary>The reparameterized sample mean + std·<paramref name="noise"/> for standard-normal noise <c>[..., S]</c>.</summary>
    public Tensor Sample(Tensor parameters, Tensor noise)
    {
        var (mean, std) = MeanAndStd(parameters);
        return mean + std * noise;                                                   // [..., S]
    }

    /// <inheritdoc />
    public Tensor Mode(Tensor parameters) => Split(parameters).Mean;                // [..., S]

    /// <inheritdoc />
    public Tensor Entropy(Tensor parameters)
    {
        var (_, std) = MeanAndStd(parameters);
        return (std.log() + HalfLogTwoPiE).sum(-1);                                  // [...]
    }

    /// <inheritdoc />
    public Tensor Kl(Tensor lhs, Tensor rhs)
    {
        var (lhsMean, lhsStd) = MeanAndStd(lhs);
        var (rhsMean, rhsStd) = MeanAndStd(rhs);
        var perDimension = (rhsStd / lhsStd).log()
            + (lhsStd.square() + (lhsMean - rhsMean).square()) / (2.0 * rhsStd.square())
            - 0.5;                                                                   // [..., S]
        return perDimension.sum(-1);                                                 // [...]
    }

    /// <summary>The standard deviation for raw values <paramref name="raw"/>: 2σ(raw/2) + min_std or softplus(raw) + min_std.</summary>
    public Tensor Std(Tensor raw) => activation switch
    {
        GaussianStdActivation.Sigmoid2 => (raw / 2.0).sigmoid() * 2.0 + minStd,
        _ => nn.functional.softplus(raw) + minStd,
    };

    private (Tensor Mean, Tensor Std) MeanAndStd(Tensor parameters)
    {
        var (mean, raw) = Split(parameters);
        return (mean, Std(raw));
    }

    private (Tensor Mean, Tensor Raw) Split(Tensor parameters)
    {
        var promoted = parameters.to_type(OneHotCategorical.ComputeType(parameters.dtype)); // [..., 2S]
        var halves = promoted.chunk(2, -1);                                           // 2 × [..., S]
        return (halves[0], halves[1]);
    }
}
