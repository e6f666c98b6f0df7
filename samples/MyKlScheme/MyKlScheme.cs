using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace MyKlScheme;

/// <summary>KL(posterior ‖ prior) with free nats per position, without balancing (dreamerv2.md §4.1, "plain").</summary>
[Component("kl.my-scheme", Summary = "Plain KL with free nats per position.")]
public sealed class MyKlScheme(MyKlOptions options) : IKlScheme
{
    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        var kl = latent.Kl(posterior, prior);           // [T, B]
        var loss = kl.clamp_min(options.Free).mean();   // []
        return new KlLoss(loss, kl.mean().detach());
    }
}
