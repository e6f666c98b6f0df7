using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Composition.Fixtures;

[Component("kl.test")]
internal abstract class TestKl : IKlScheme
{
    public abstract KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent);
}
