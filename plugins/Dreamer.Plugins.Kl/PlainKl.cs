using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Kl;

/// <summary>
/// The standard KL term without balancing, dreamerv2.md §4.1 "balance == 0.5" branch (the "No KL Balancing"
/// ablation): L_kl = mean over positions of max(KL(post ‖ prior), free); no stop-gradients; free nats per position.
/// </summary>
[Component("kl.plain", Summary = "Standard KL(post||prior) without balancing; free nats per position.")]
public sealed class PlainKl : IKlScheme
{
    private readonly PlainKlOptions options;

    public PlainKl(PlainKlOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options;
    }

    /// <inheritdoc />
    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        var kl = latent.Kl(posterior, prior);                                        // [T, B]
        return new KlLoss(kl.clamp_min(options.Free).mean(), kl.detach().mean());
    }
}
