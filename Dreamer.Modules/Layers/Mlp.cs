using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Modules.Layers;

/// <summary>
/// The MLP of dreamerv2.md §3: layers × [Dense(units) → ELU], then a
/// linear Dense(outputs) (the DistLayer). Glorot-initialised; layers compute in <see cref="MixedPrecision.Current"/>. Works on any leading shape:
/// <c>[..., inputs]</c> → <c>[..., outputs]</c>.
/// </summary>
public sealed class Mlp : nn.Module<Tensor, Tensor>
{
    private readonly ModuleList<Linear> hidden;
    private readonly Linear output;

    public Mlp(string name, int inputs, int layers, int units, int outputs) : base(name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(layers);
        ArgumentOutOfRangeException.ThrowIfLessThan(units, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        hidden = new ModuleList<Linear>();
        var width = inputs;
        for (var i = 0; i < layers; i++)
        {
            hidden.Add(nn.Linear(width, units));
            width = units;
        }
        output = nn.Linear(width, outputs);
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <summary>Width of the output.</summary>
    public int Outputs => (int)output.out_features;

    public override Tensor forward(Tensor input)
    {
        var activation = input;
        foreach (var layer in hidden)
        {
            activation = Activations.Elu(MixedPrecision.Linear(layer, activation));
        }
        return MixedPrecision.Linear(output, activation);
    }
}
