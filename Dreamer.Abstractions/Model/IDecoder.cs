using static TorchSharp.torch;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// Reconstructs observations from features and scores them (dreamerv2.md §3 "Decoder", §4 L_image). The component
/// class must derive from <c>torch.nn.Module</c>: the host registers it in the world model and refuses a decoder class
/// that is not a module when it loads the plugin. The host checks the shape of the first result of each method.
/// Constructor: its options record, an <see cref="ObservationShape"/> and a <see cref="FeatureSize"/>.
/// </summary>
public interface IDecoder
{
    /// <summary>Features <c>[..., F]</c> → predicted observation (the distribution's mean) <c>[..., *shape]</c>.</summary>
    Tensor Predict(Tensor features);

    /// <summary>
    /// Negative log-likelihood of <paramref name="observation"/> <c>[..., *shape]</c> under the decoder's
    /// distribution given <paramref name="features"/> <c>[..., F]</c>, summed over the observation: <c>[...]</c>.
    /// For images: Normal(mean, 1), ½·Σ(x − mean)² + n·½·ln 2π.
    /// </summary>
    Tensor NegLogLikelihood(Tensor features, Tensor observation);
}
