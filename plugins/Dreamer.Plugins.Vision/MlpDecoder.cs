using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using Dreamer.Modules.Layers;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Vision;

/// <summary>
/// The decoder of vector observations (dreamerv2.md §3): layers × [Dense(units) → ELU], then a linear layer giving
/// the mean of Normal(mean, 1) per entry (DistLayer "mse"); the negative log-likelihood sums over the vector.
/// </summary>
[Component("decoder.mlp", Summary = "Dense(units) + ELU layers, linear output; Normal(mean, 1) NLL for vector observations.")]
public sealed class MlpDecoder : nn.Module, IDecoder
{
    private readonly Mlp network;
    private readonly long[] observationShape;

    public MlpDecoder(MlpDecoderOptions options, ObservationShape observation, FeatureSize features) : base("decoder")
    {
        ArgumentNullException.ThrowIfNull(options);
        observationShape = observation.Dimensions.Select(d => (long)d).ToArray();
        network = new Mlp("network", features.Size, options.Layers, options.Units, observation.Size);
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public Tensor Predict(Tensor features)
    {
        var leading = features.shape[..^1];
        return network.forward(features).reshape([.. leading, .. observationShape]); // [..., *shape]
    }

    /// <inheritdoc />
    public Tensor NegLogLikelihood(Tensor features, Tensor observation) =>
        UnitNormal.NegLogLikelihood(Predict(features), observation, observationShape.Length); // [...]
}
