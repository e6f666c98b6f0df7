using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Contracts;

/// <summary>A KL scheme whose first loss is checked against its contract (dreamerv2.md §4.1): two scalars, the loss and the metric.</summary>
internal sealed class CheckedKlScheme(IKlScheme scheme) : IKlScheme
{
    private readonly ShapeCheck loss = new(scheme, nameof(IKlScheme), $"{nameof(Loss)}(...).{nameof(KlLoss.Loss)}", "a scalar");
    private readonly ShapeCheck value = new(scheme, nameof(IKlScheme), $"{nameof(Loss)}(...).{nameof(KlLoss.Value)}", "a scalar");

    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent)
    {
        var result = scheme.Loss(posterior, prior, latent);
        if (loss.Pending) loss.Verify(result.Loss, []);
        if (value.Pending) value.Verify(result.Value, []);
        return result;
    }
}
