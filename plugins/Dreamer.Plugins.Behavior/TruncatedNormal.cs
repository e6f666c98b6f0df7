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
    /// The sample for uniform noise <paramref name="uniform"/> in [0, 1] of the shape of μ, by the inverse CDF:
    /// differentiable in μ and σ (reparameterized), not clipped. The tail the quantile lies in is inverted from its own
    /// side: Φ⁻¹(Φ(α) + u·Z) below the median, −Φ⁻¹(Φ(−β) + (1 − u)·Z) above it, the same number in exact arithmetic.
    /// So a quantile near 1 never rounds to 1 in float32 (where Φ⁻¹ is infinite), and a tail probability is held at
    /// least <see cref="TailFloor"/> (about 7σ from μ), which keeps the sample and its gradient finite when μ sits
    /// on a bound and σ is small.
    /// </summary>
    public Tensor Sample(Tensor uniform)
    {
        var below = special.ndtr(Alpha) + uniform * Normalizer;                  // Φ((x − μ)/σ)
        var above = special.ndtr(Beta.neg()) + (1 - uniform) * Normalizer;      // 1 − Φ((x − μ)/σ)
        var lowerHalf = below.le(0.5);
        var tail = where(lowerHalf, below, above).clamp_min(TailFloor);         // (0, 0.5]
        var quantile = special.ndtri(tail);                                      // ≤ 0
        return Mean + Std * where(lowerHalf, quantile, quantile.neg());
    }

    /// <summary>The least tail probability <see cref="Sample"/> inverts: Φ⁻¹(1e−12) ≈ −7.03.</summary>
    public const double TailFloor = 1e-12;

    private static Tensor Density(Tensor x) => x.square().mul(-0.5).sub(LogSqrtTwoPi).exp();
}
