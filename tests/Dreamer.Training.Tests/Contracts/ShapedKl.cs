using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Contracts;

/// <summary>A KL scheme whose loss and metric are zeros of the shapes the test gives for the posterior's shape.</summary>
internal sealed class ShapedKl(Func<long[], long[]> loss, Func<long[], long[]> value) : IKlScheme
{
    public KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent) =>
        new(zeros(loss(posterior.shape)), zeros(value(posterior.shape)));
}
