using static TorchSharp.torch;

namespace Dreamer.Modules.Distributions;

/// <summary>
/// Normal(mean, 1), the distribution of the image decoder, reward head and critic (dreamerv2.md §3, §4):
/// −ln N(x; μ, 1) = ½(x − μ)² + ½ ln 2π per element.
/// </summary>
public static class UnitNormal
{
    /// <summary>½ ln 2π = 0.918938533…</summary>
    public static readonly double HalfLogTwoPi = 0.5 * Math.Log(2 * Math.PI);

    /// <summary>Element-wise negative log-likelihood of <paramref name="target"/> under Normal(<paramref name="mean"/>, 1).</summary>
    public static Tensor NegLogLikelihood(Tensor mean, Tensor target) =>
        (target - mean).square().mul(0.5).add(HalfLogTwoPi);

    /// <summary>
    /// Negative log-likelihood summed over the last <paramref name="eventDimensions"/> dimensions (the
    /// <c>Independent(Normal, n)</c> of an image: n = 3 for <c>[C, H, W]</c>).
    /// </summary>
    public static Tensor NegLogLikelihood(Tensor mean, Tensor target, int eventDimensions)
    {
        var elementwise = NegLogLikelihood(mean, target);
        if (eventDimensions == 0) return elementwise;
        var dimensions = Enumerable.Range(1, eventDimensions).Select(i => (long)-i).ToArray();
        return elementwise.sum(dimensions);
    }
}
