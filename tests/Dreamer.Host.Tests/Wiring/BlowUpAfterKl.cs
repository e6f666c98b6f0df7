using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>A KL scheme whose loss grows by <c>factor</c> from call number <c>after</c> + 1 on (update index <c>after</c>), staying finite.</summary>
[Component("test.kl-blow-up-after", Summary = "Plain KL that grows by a factor after a number of calls.")]
public sealed class BlowUpAfterKl(BlowUpAfterKlOptions options) : IKlScheme
{
    private int calls;

    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        var kl = latent.Kl(posterior, prior).mean();                                 // []
        var loss = calls++ >= options.After ? kl * options.Factor : kl;
        return new KlLoss(loss, kl.detach());
    }
}
