using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using Dreamer.Modules.Layers;
using static TorchSharp.torch;

namespace MyThing;

/// <summary>
/// A Gaussian MLP decoder (dreamerv2.md §3 "Decoder", §4 L_image): an <see cref="Mlp"/> from the features to the mean
/// of Normal(mean, 1) over every value of the observation, a vector or an image; the negative log-likelihood is the
/// card's unit-variance one, ½·Σ(x − mean)² + n·½·ln 2π, summed over the observation.
/// </summary>
[Component("decoder.my-thing", Summary = "Dense(units) + ELU layers to every observation value; Normal(mean, 1) NLL.")]
public sealed class MyThing : nn.Module, IDecoder
{
    private readonly Mlp network;
    private readonly long[] observationShape;

    public MyThing(MyThingOptions options, ObservationShape observation, FeatureSize features) : base("decoder")
    {
        ArgumentNullException.ThrowIfNull(options);
        observationShape = observation.Dimensions.Select(dimension => (long)dimension).ToArray();
        network = new Mlp("network", features.Size, options.Layers, options.Units, observation.Size);
        RegisterComponents();
    }

    /// <inheritdoc />
    public Tensor Predict(Tensor features)
    {
        var mean = network.forward(features);                                           // [..., N]
        return mean.reshape([.. features.shape[..^1], .. observationShape]);            // [..., *shape]
    }

    /// <inheritdoc />
    public Tensor NegLogLikelihood(Tensor features, Tensor observation) =>
        UnitNormal.NegLogLikelihood(Predict(features), observation, observationShape.Length); // [...]
}
