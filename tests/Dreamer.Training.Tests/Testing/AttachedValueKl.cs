using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Testing;

/// <summary>A broken KL scheme: its model_kl metric keeps the graph instead of being detached.</summary>
internal sealed class AttachedValueKl : IKlScheme
{
    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        var kl = latent.Kl(posterior, prior).mean();
        return new KlLoss(kl, kl);
    }
}
