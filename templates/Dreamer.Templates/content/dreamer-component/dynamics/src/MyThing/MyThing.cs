using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MyThing;

/// <summary>
/// A minimal gated recurrent cell for the RSSM (dreamerv2.md §2.3): an update gate u = σ(W_u [x; h] − 1) and a
/// candidate c = tanh(W_c [x; h]) give h' = u ⊙ c + (1 − u) ⊙ h. The −1 bias starts the cell close to keeping its
/// state, as DreamerV2's GRU does.
/// </summary>
[Component("dynamics.my-thing", Summary = "Gated cell h' = u*c + (1-u)*h with u = sigmoid(Wu[x;h] - 1), c = tanh(Wc[x;h]).")]
public sealed class MyThing : nn.Module, IDynamicsCell
{
    private readonly Linear update;
    private readonly Linear candidate;

    public MyThing(MyThingOptions options, CellShape cell) : base("cell")
    {
        ArgumentNullException.ThrowIfNull(options);
        StateSize = options.Deter;
        update = nn.Linear(cell.InputSize + options.Deter, options.Deter);
        candidate = nn.Linear(cell.InputSize + options.Deter, options.Deter);
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public int StateSize { get; }

    /// <inheritdoc />
    public Tensor Step(Tensor input, Tensor state)
    {
        var joined = cat([input, state], -1);                                           // [B, I + D]
        var gate = (MixedPrecision.Linear(update, joined) - 1.0).sigmoid();             // [B, D]
        var proposal = MixedPrecision.Linear(candidate, joined).tanh();                 // [B, D]
        return gate * proposal + (1.0 - gate) * state;                                  // [B, D]
    }
}
