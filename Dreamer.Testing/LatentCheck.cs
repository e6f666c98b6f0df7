using Dreamer.Abstractions.Model;
using Dreamer.Training.Contracts;
using static TorchSharp.torch;

namespace Dreamer.Testing;

/// <summary>
/// Checks a latent distribution against its contract (dreamerv2.md §2.6, §2.7): on parameters <c>[T, B, P]</c>,
/// samples and modes <c>[T, B, SampleSize]</c>, entropies and KL divergences <c>[T, B]</c>, all finite; KL(p ‖ p) = 0
/// and KL(p ‖ q) ≥ 0; and gradients of the sample, the entropy and the KL reach the parameters.
/// </summary>
public static class LatentCheck
{
    private const double Tolerance = 1e-4;

    /// <summary>Runs every method once and a backward pass; throws <see cref="ComponentContractException"/> or <see cref="ComponentCheckException"/>.</summary>
    public static void Run(ILatentDistribution latent)
    {
        var checkedLatent = new CheckedLatent(latent);
        var posterior = TinyBatch.Leaf(latent.ParameterSize);                                   // [T, B, P]
        var prior = TinyBatch.Leaf(latent.ParameterSize);                                       // [T, B, P]
        var sample = checkedLatent.Sample(posterior);                                           // [T, B, SampleSize]
        var mode = checkedLatent.Mode(posterior);                                               // [T, B, SampleSize]
        var entropy = checkedLatent.Entropy(posterior);                                         // [T, B]
        var kl = checkedLatent.Kl(posterior, prior);                                            // [T, B]
        TensorChecks.Finite(latent, sample, nameof(ILatentDistribution.Sample));
        TensorChecks.Finite(latent, mode, nameof(ILatentDistribution.Mode));
        TensorChecks.Finite(latent, entropy, nameof(ILatentDistribution.Entropy));
        TensorChecks.Finite(latent, kl, nameof(ILatentDistribution.Kl));
        var selfKl = latent.Kl(posterior, posterior).detach().abs().max().item<float>();
        if (selfKl > Tolerance)
        {
            throw new ComponentCheckException($"Component {ShapeCheck.Name(latent)} gave KL(p ‖ p) = {selfKl}, expected 0.");
        }
        var lowestKl = kl.detach().min().item<float>();
        if (lowestKl < -Tolerance)
        {
            throw new ComponentCheckException($"Component {ShapeCheck.Name(latent)} gave a negative KL divergence, {lowestKl}.");
        }
        var loss = (sample * randn_like(sample)).sum() + entropy.sum() + kl.sum();              // []
        loss.backward();
        TensorChecks.GradientReachesInput(latent, posterior, "the posterior parameters", "the sample, entropy and KL");
        TensorChecks.GradientReachesInput(latent, prior, "the prior parameters", "the KL");
    }
}
