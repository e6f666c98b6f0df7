using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace MyThing;

/// <summary>
/// KL balancing with free nats on the mean (dreamerv2.md §4.1): L = α·max(mean KL(sg(post) ‖ prior), free)
/// + (1 − α)·max(mean KL(post ‖ sg(prior)), free); the metric is the mean KL(post ‖ prior), detached.
/// </summary>
[Component("kl.my-thing", Summary = "Balanced KL, alpha*KL(sg post||prior) + (1-alpha)*KL(post||sg prior), free nats on the mean.")]
public sealed class MyThing(MyThingOptions options) : IKlScheme
{
    /// <inheritdoc />
    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        var trainPrior = latent.Kl(posterior.detach(), prior).mean().clamp_min(options.Free);     // []
        var trainPosterior = latent.Kl(posterior, prior.detach()).mean().clamp_min(options.Free); // []
        var loss = options.Alpha * trainPrior + (1 - options.Alpha) * trainPosterior;            // []
        var value = latent.Kl(posterior, prior).mean().detach();                                 // []
        return new KlLoss(loss, value);
    }
}
