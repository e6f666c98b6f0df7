using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Contracts;

/// <summary>A decoder that returns zeros of the shapes the test gives for the features' shape.</summary>
internal sealed class ShapedDecoder(Func<long[], long[]> prediction, Func<long[], long[]> score) : IDecoder
{
    public Tensor Predict(Tensor features) => zeros(prediction(features.shape));

    public Tensor NegLogLikelihood(Tensor features, Tensor observation) => zeros(score(features.shape));
}
