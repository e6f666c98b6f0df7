using Dreamer.Abstractions.Model;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Testing;

/// <summary>A broken decoder: its negative log-likelihood divides by zero.</summary>
internal sealed class InfiniteDecoder : nn.Module, IDecoder
{
    private readonly Linear layer;

    public InfiniteDecoder(ObservationShape observation, FeatureSize features) : base("decoder")
    {
        layer = nn.Linear(features.Size, observation.Size);
        RegisterComponents();
    }

    public Tensor Predict(Tensor features) => layer.forward(features);

    public Tensor NegLogLikelihood(Tensor features, Tensor observation) => (Predict(features) - observation).square().sum(-1) / 0.0;
}
