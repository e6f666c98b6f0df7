using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MyThing;

/// <summary>
/// An MLP encoder (dreamerv2.md §3, "Encoder"): the observation, a vector <c>[N]</c> or an image <c>[C, H, W]</c>, is
/// flattened and passed through layers × [Dense(units) → ELU]; the embedding is the last layer's output.
/// </summary>
[Component("encoder.my-thing", Summary = "Flattened observation through Dense(units) + ELU layers; embed = units.")]
public sealed class MyThing : nn.Module, IEncoder
{
    private readonly ModuleList<Linear> layers = new();
    private readonly int observationDimensions;

    public MyThing(MyThingOptions options, ObservationShape observation) : base("encoder")
    {
        ArgumentNullException.ThrowIfNull(options);
        observationDimensions = observation.Dimensions.Count;
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
        var hidden = observation.flatten(-observationDimensions);                       // [..., N]
        foreach (var layer in layers)
        {
            hidden = Activations.Elu(MixedPrecision.Linear(layer, hidden));             // [..., units]
        }
        return hidden;                                                                  // [..., E]
    }
}
