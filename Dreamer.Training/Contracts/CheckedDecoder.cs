using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Contracts;

/// <summary>
/// A decoder whose first prediction and first negative log-likelihood are checked against its contract
/// (dreamerv2.md §3, §4): features <c>[..., F]</c> → predictions <c>[..., *shape]</c> and scores <c>[...]</c>.
/// </summary>
internal sealed class CheckedDecoder(IDecoder decoder, ObservationShape shape) : IDecoder
{
    private readonly ShapeCheck predict = new(decoder, nameof(IDecoder), nameof(Predict), $"[..., *shape] with shape = ObservationShape {shape}");
    private readonly ShapeCheck negLogLikelihood = new(decoder, nameof(IDecoder), nameof(NegLogLikelihood), "[...], the leading dimensions of the features");

    public Tensor Predict(Tensor features)
    {
        var prediction = decoder.Predict(features);                                  // [..., *shape]
        return predict.Pending
            ? predict.Verify(prediction, [.. ShapeCheck.Leading(features, 1), .. shape.Dimensions.Select(dimension => (long)dimension)])
            : prediction;
    }

    public Tensor NegLogLikelihood(Tensor features, Tensor observation)
    {
        var score = decoder.NegLogLikelihood(features, observation);                 // [...]
        return negLogLikelihood.Pending ? negLogLikelihood.Verify(score, ShapeCheck.Leading(features, 1)) : score;
    }
}
