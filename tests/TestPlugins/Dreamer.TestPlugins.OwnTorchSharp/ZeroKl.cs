using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.TestPlugins.OwnTorchSharp;

[Component("test.own-torchsharp", Summary = "A KL scheme in a plugin that carries TorchSharp.")]
public sealed class ZeroKl : IKlScheme
{
    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent) => new(zeros(1), zeros(1));
}
