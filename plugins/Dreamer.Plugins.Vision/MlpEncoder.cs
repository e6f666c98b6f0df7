using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Vision;

/// <summary>
/// The encoder of vector observations (dreamerv2.md §3): layers × [Dense(units) → ELU]; the embedding is the last
/// layer's output. Observations with more than one dimension (images, grids) are refused when it is built.
/// </summary>
[Component("encoder.mlp", Summary = "Dense(units) + ELU layers for vector observations; embed = units.")]
public sealed class MlpEncoder : nn.Module, IEncoder
{
    private readonly ModuleList<Linear> layers;

    public MlpEncoder(MlpEncoderOptions options, ObservationShape observation) : base("encoder")
    {
        ArgumentNullException.ThrowIfNull(options);
        if (observation.Dimensions.Count != 1)
        {
            throw new ArgumentException($"encoder.mlp takes vector observations [N]; got {observation}; for images and grids use encoder.conv.", nameof(observation));
        }
        layers = new ModuleList<Linear>();
        var width = observation.Size;
        for (var i = 0; i < options.Layers; i++)
        {
            layers.Add(nn.Linear(width, options.Units));
            width = options.Units;
        }
        EmbedSize = width;
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public int EmbedSize { get; }

    /// <inheritdoc />
    public Tensor Encode(Tensor observation)
    {
        var hidden = observation;                                                   // [..., N]
        foreach (var layer in layers)
        {
            hidden = Activations.Elu(MixedPrecision.Linear(layer, hidden));                 // [..., units]
        }
        return hidden;
    }
}
