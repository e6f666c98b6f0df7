using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Composition.Fixtures;

[Component("latent.wide")]
internal abstract class WideLatent : ILatentDistribution
{
    public abstract int ParameterSize { get; }

    public abstract int SampleSize { get; }

    public abstract Tensor Sample(Tensor parameters);

    public abstract Tensor Mode(Tensor parameters);

    public abstract Tensor Entropy(Tensor parameters);

    public abstract Tensor Kl(Tensor lhs, Tensor rhs);
}
