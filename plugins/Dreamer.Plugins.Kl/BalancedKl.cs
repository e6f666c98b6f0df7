using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Kl;

/// <summary>
/// KL balancing, dreamerv2.md §4.1 exactly: L_kl = (1 − α)·max(mean KL(post ‖ sg prior), free)
/// + α·max(mean KL(sg post ‖ prior), free) (with free_avg; otherwise the max is taken per position before the mean).
/// The forward value equals the plain KL; the prior gets α of the gradient, the posterior 1 − α.
/// </summary>
[Component("kl.balanced", Summary = "KL balancing: alpha·KL(sg post||prior) + (1-alpha)·KL(post||sg prior), free nats.")]
public sealed class BalancedKl : IKlScheme
{
    private readonly BalancedKlOptions options;

    public BalancedKl(BalancedKlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <inheritdoc />
    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        var trainsPosterior = latent.Kl(posterior, prior.detach());                  // [T, B]
        var trainsPrior = latent.Kl(posterior.detach(), prior);                      // [T, B]
        var loss = (1.0 - options.Alpha) * FreeNats(trainsPosterior) + options.Alpha * FreeNats(trainsPrior); // []
        return new KlLoss(loss, trainsPosterior.detach().mean());
    }

    private Tensor FreeNats(Tensor kl) => options.FreeAvg
        ? kl.mean().clamp_min(options.Free)                                          // []
        : kl.clamp_min(options.Free).mean();                                         // []
}
