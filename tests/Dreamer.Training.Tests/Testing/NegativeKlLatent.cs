using Dreamer.Abstractions.Model;
using Dreamer.Testing;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Testing;

/// <summary>A broken latent: its KL divergence has the wrong sign.</summary>
internal sealed class NegativeKlLatent : ILatentDistribution
{
    private readonly TinyCategoricalLatent inner = new();

    public int ParameterSize => inner.ParameterSize;

    public int SampleSize => inner.SampleSize;

    public Tensor Sample(Tensor parameters) => inner.Sample(parameters);

    public Tensor Mode(Tensor parameters) => inner.Mode(parameters);

    public Tensor Entropy(Tensor parameters) => inner.Entropy(parameters);

    public Tensor Kl(Tensor lhs, Tensor rhs) => -inner.Kl(lhs, rhs);
}
