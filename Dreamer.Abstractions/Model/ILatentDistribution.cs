using static TorchSharp.torch;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// The distribution of the RSSM's stochastic state (dreamerv2.md §2.6 categorical, §2.7 Gaussian). The RSSM's
/// stat layers output <see cref="ParameterSize"/> raw values per state; everything else is derived from them.
/// Log-probabilities, entropies and KL divergences are summed over the latent variables and computed in float32.
/// The host checks the shape of the first result of each method.
/// </summary>
public interface ILatentDistribution
{
    /// <summary>Width of the raw parameter vector the stat layers output (S·K logits; 2·S for mean and raw std).</summary>
    int ParameterSize { get; }

    /// <summary>Width of a flattened sample, the stochastic part of the features (S·K; S).</summary>
    int SampleSize { get; }

    /// <summary>Parameters <c>[..., P]</c> → a differentiable sample <c>[..., SampleSize]</c> (straight-through or reparameterized).</summary>
    Tensor Sample(Tensor parameters);

    /// <summary>Parameters <c>[..., P]</c> → the mode <c>[..., SampleSize]</c>.</summary>
    Tensor Mode(Tensor parameters);

    /// <summary>Parameters <c>[..., P]</c> → entropy summed over variables <c>[...]</c>.</summary>
    Tensor Entropy(Tensor parameters);

    /// <summary>KL(lhs ‖ rhs) for parameters <c>[..., P]</c>, summed over variables: <c>[...]</c>.</summary>
    Tensor Kl(Tensor lhs, Tensor rhs);
}
