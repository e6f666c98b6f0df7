using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>A KL scheme that turns its loss into NaN from call number <c>after</c> + 1 on (update index <c>after</c>).</summary>
[Component("test.kl-nan-after", Summary = "Plain KL that becomes NaN after a number of calls.")]
public sealed class NanAfterKl(NanAfterKlOptions options) : IKlScheme
{
    private int calls;

    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        var kl = latent.Kl(posterior, prior).mean();                                 // []
        var loss = calls++ >= options.After ? kl * double.NaN : kl;
        return new KlLoss(loss, kl.detach());
    }
}
