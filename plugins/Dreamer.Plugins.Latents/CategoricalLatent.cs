using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Latents;

/// <summary>
/// S independent one-hot categoricals of K classes (dreamerv2.md §2.6): parameters are S·K logits; the sample is
/// straight-through (one-hot forward, gradient of the probabilities), no uniform mixing; entropy and KL are summed
/// over the S variables, in float32.
/// </summary>
[Component("latent.categorical", Summary = "S×K one-hot categoricals with straight-through samples (DreamerV2).")]
public sealed class CategoricalLatent : ILatentDistribution
{
    private readonly int variables;
    private readonly int classes;

    public CategoricalLatent(CategoricalLatentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        variables = options.Variables;
        classes = options.Classes;
    }

    /// <inheritdoc />
    public int ParameterSize => variables * classes;

    /// <inheritdoc />
    public int SampleSize => variables * classes;

    /// <inheritdoc />
    public Tensor Sample(Tensor parameters) =>
        Flatten(OneHotCategorical.SampleStraightThrough(Logits(parameters)));          // [..., S·K]

    /// <summary>
    /// The straight-through sample drawn with supplied uniform noise <paramref name="uniform"/> <c>[..., S]</c>
    /// (inverse CDF per variable), for reproducible reference runs.
    /// </summary>
    public Tensor Sample(Tensor parameters, Tensor uniform) =>
        Flatten(OneHotCategorical.SampleStraightThrough(Logits(parameters), uniform)); // [..., S·K]

    /// <inheritdoc />
    public Tensor Mode(Tensor parameters) => Flatten(OneHotCategorical.Mode(Logits(parameters))); // [..., S·K]

    /// <inheritdoc />
    public Tensor Entropy(Tensor parameters) => OneHotCategorical.Entropy(Logits(parameters)).sum(-1); // [...]

    /// <inheritdoc />
    public Tensor Kl(Tensor lhs, Tensor rhs) => OneHotCategorical.Kl(Logits(lhs), Logits(rhs)).sum(-1); // [...]

    private Tensor Logits(Tensor parameters) =>
        parameters.reshape([.. parameters.shape[..^1], variables, classes]);           // [..., S, K]

    private Tensor Flatten(Tensor perVariable) =>
        perVariable.reshape([.. perVariable.shape[..^2], variables * classes]);        // [..., S·K]
}
