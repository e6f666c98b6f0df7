using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// Plain KL that cancels the run's token during call number <c>after</c> + 1 (update index <c>after</c>): a stop that
/// arrives in the middle of a known update, for the tests of where the loop honours it.
/// </summary>
[Component("test.kl-stop-after", Summary = "Plain KL that requests a stop during a given update.")]
public sealed class StopAfterKl(StopAfterKlOptions options, CancellationTokenSource stop) : IKlScheme
{
    private int calls;

    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        if (calls++ == options.After) stop.Cancel();
        var kl = latent.Kl(posterior, prior).mean();                                 // []
        return new KlLoss(kl, kl.detach());
    }
}
