using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Plugins;

/// <summary>A latent whose KL is the squared distance of the parameters: enough to check a KL scheme's arithmetic.</summary>
internal sealed class SquaredDistanceLatent : ILatentDistribution
{
    public int ParameterSize => 1;

    public int SampleSize => 1;

    public Tensor Sample(Tensor parameters) => parameters;

    public Tensor Mode(Tensor parameters) => parameters;

    public Tensor Entropy(Tensor parameters) => zeros_like(parameters).sum(-1);

    public Tensor Kl(Tensor lhs, Tensor rhs) => (lhs - rhs).square().sum(-1);
}
