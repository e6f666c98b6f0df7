using Dreamer.Abstractions.Model;
using Dreamer.Training.Contracts;

namespace Dreamer.Testing;

/// <summary>
/// Checks a decoder against its contract (dreamerv2.md §3 "Decoder", §4 L_image): features <c>[T, B, F]</c> →
/// predictions <c>[T, B, *shape]</c> and negative log-likelihoods <c>[T, B]</c> with finite values, and a backward
/// pass of the loss that reaches every parameter and the features.
/// </summary>
public static class DecoderCheck
{
    /// <summary>Runs one loss and backward pass; throws <see cref="ComponentContractException"/> or <see cref="ComponentCheckException"/>.</summary>
    public static void Run(IDecoder decoder, ObservationShape observation, FeatureSize features)
    {
        var module = ComponentModule.Of(decoder, nameof(IDecoder));
        var checkedDecoder = new CheckedDecoder(decoder, observation);
        var feature = TinyBatch.Leaf(features.Size);                                          // [T, B, F]
        var observations = TinyBatch.Observations(observation.Dimensions);                      // [T, B, *shape]
        var prediction = checkedDecoder.Predict(feature);                                     // [T, B, *shape]
        TensorChecks.Finite(decoder, prediction, nameof(IDecoder.Predict));
        var score = checkedDecoder.NegLogLikelihood(feature, observations);                   // [T, B]
        TensorChecks.Finite(decoder, score, nameof(IDecoder.NegLogLikelihood));
        score.mean().backward();
        TensorChecks.GradientsReachParameters(decoder, module, "the mean negative log-likelihood");
        TensorChecks.GradientReachesInput(decoder, feature, "the features", "the mean negative log-likelihood");
    }
}
