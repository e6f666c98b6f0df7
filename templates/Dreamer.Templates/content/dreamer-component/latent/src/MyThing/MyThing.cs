using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace MyThing;

/// <summary>
/// A diagonal Gaussian latent (dreamerv2.md §2.7): parameters [mean; raw] (2S), std = softplus(raw) + min_std, the
/// reparameterized sample mean + std·ε, mode = mean, and closed-form entropy and KL summed over the S dimensions, in
/// float32.
/// </summary>
[Component("latent.my-thing", Summary = "Diagonal Gaussian, softplus std, reparameterized samples.")]
public sealed class MyThing(MyThingOptions options) : ILatentDistribution
{
    private static readonly double HalfLogTwoPiE = 0.5 * Math.Log(2 * Math.PI * Math.E);

    /// <inheritdoc />
    public int ParameterSize => 2 * options.Size;

    /// <inheritdoc />
    public int SampleSize => options.Size;

    /// <inheritdoc />
    public Tensor Sample(Tensor parameters)
    {
        var (mean, std) = MeanAndStd(parameters);                                       // [..., S] each
        return mean + std * randn_like(mean);                                           // [..., S]
    }

    /// <inheritdoc />
    public Tensor Mode(Tensor parameters) => MeanAndStd(parameters).Mean;              // [..., S]

    /// <inheritdoc />
    public Tensor Entropy(Tensor parameters) => (MeanAndStd(parameters).Std.log() + HalfLogTwoPiE).sum(-1); // [...]

    /// <inheritdoc />
    public Tensor Kl(Tensor lhs, Tensor rhs)
    {
        var (lhsMean, lhsStd) = MeanAndStd(lhs);                                        // [..., S] each
        var (rhsMean, rhsStd) = MeanAndStd(rhs);                                        // [..., S] each
        var perDimension = (rhsStd / lhsStd).log()
            + (lhsStd.square() + (lhsMean - rhsMean).square()) / (2.0 * rhsStd.square())
            - 0.5;                                                                      // [..., S]
        return perDimension.sum(-1);                                                    // [...]
    }

    private (Tensor Mean, Tensor Std) MeanAndStd(Tensor parameters)
    {
        var halves = parameters.to_type(ScalarType.Float32).chunk(2, -1);               // 2 × [..., S]
        return (halves[0], nn.functional.softplus(halves[1]) + options.MinStd);
    }
}
