using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// Normal(μ, σ) truncated to [low, high], element-wise (dreamerv2.md §3, TV8). With α = (low − μ)/σ,
/// β = (high − μ)/σ and Z = Φ(β) − Φ(α): log p(x) = −½((x − μ)/σ)² − ln(σ√(2π)) − ln Z,
/// H = ln(√(2πe)·σ·Z) + (αφ(α) − βφ(β))/(2Z). Samples by the inverse CDF x = μ + σ·Φ⁻¹(Φ(α) + u·Z), whose pathwise
/// gradient with respect to μ and σ is the reparameterized one.
/// </summary>
public sealed class TruncatedNormal
{
    private static readonly double LogSqrtTwoPi = 0.5 * Math.Log(2 * Math.PI);
    private static readonly double LogSqrtTwoPiE = 0.5 * Math.Log(2 * Math.PI * Math.E);

    public TruncatedNormal(Tensor mean, Tensor std, double low = -1.0, double high = 1.0)
    {
        Mean = mean;
        Std = std;
        Low = low;
        High = high;
        Alpha = (low - mean) / std;
        Beta = (high - mean) / std;
        Normalizer = special.ndtr(Beta) - special.ndtr(Alpha);
    }

    /// <summary>μ of the untruncated normal.</summary>
    public Tensor Mean { get; }

    /// <summary>σ of the untruncated normal.</summary>
    public Tensor Std { get; }

    public double Low { get; }

    public double High { get; }

    /// <summary>α = (low − μ)/σ.</summary>
    public Tensor Alpha { get; }

    /// <summary>β = (high − μ)/σ.</summary>
    public Tensor Beta { get; }

    /// <summary>Z = Φ(β) − Φ(α), the probability mass inside [low, high].</summary>
    public Tensor Normalizer { get; }

    /// <summary>The mode: μ clipped to [low, high].</summary>
    public Tensor Mode() => Mean.clamp(Low, High);

    /// <summary>Element-wise log-density of <paramref name="value"/> inside the support.</summary>
    public Tensor LogProbability(Tensor value)
    {
        var standardized = (value - Mean) / Std;
        return standardized.square().mul(-0.5) - Std.log() - LogSqrtTwoPi - Normalizer.log();
    }

    /// <summary>Element-wise differential entropy.</summary>
    public Tensor Entropy() =>
        Std.log() + Normalizer.log() + LogSqrtTwoPiE + (Alpha * Density(Alpha) - Beta * Density(Beta)) / (2 * Normalizer);

    /// <summary>
    /// The sample for uniform noise <paramref name="uniform"/> in (0, 1) of the shape of μ, by the inverse CDF:
    /// differentiable in μ and σ (reparameterized), not clipped.
    /// </summary>
    public Tensor Sample(Tensor uniform)
    {
        var lowerMass = special.ndtr(Alpha);
        return Mean + Std * special.ndtri(lowerMass + uniform * Normalizer);
    }

    private static Tensor Density(Tensor x) => x.square().mul(-0.5).sub(LogSqrtTwoPi).exp();
}
