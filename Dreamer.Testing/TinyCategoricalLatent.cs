using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using static TorchSharp.torch;

namespace Dreamer.Testing;

/// <summary>
/// A small latent of <paramref name="variables"/> one-hot categoricals of <paramref name="classes"/> classes
/// (dreamerv2.md §2.6), built on Dreamer.Modules' <see cref="OneHotCategorical"/>: the latent the KL scheme check
/// uses when none is given.
/// </summary>
public sealed class TinyCategoricalLatent(int variables = 4, int classes = 4) : ILatentDistribution
{
    /// <inheritdoc />
    public int ParameterSize => variables * classes;

    /// <inheritdoc />
    public int SampleSize => variables * classes;

    /// <inheritdoc />
    public Tensor Sample(Tensor parameters) => Flatten(OneHotCategorical.SampleStraightThrough(Logits(parameters))); // [..., S·K]

    /// <inheritdoc />
    public Tensor Mode(Tensor parameters) => Flatten(OneHotCategorical.Mode(Logits(parameters)));                    // [..., S·K]

    /// <inheritdoc />
    public Tensor Entropy(Tensor parameters) => OneHotCategorical.Entropy(Logits(parameters)).sum(-1);             // [...]

    /// <inheritdoc />
    public Tensor Kl(Tensor lhs, Tensor rhs) => OneHotCategorical.Kl(Logits(lhs), Logits(rhs)).sum(-1);            // [...]

    private Tensor Logits(Tensor parameters) => parameters.reshape([.. parameters.shape[..^1], variables, classes]); // [..., S, K]

    private Tensor Flatten(Tensor perVariable) => perVariable.reshape([.. perVariable.shape[..^2], variables * classes]); // [..., S·K]
}
