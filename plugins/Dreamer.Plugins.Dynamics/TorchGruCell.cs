using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Dynamics;

/// <summary>
/// The textbook GRU cell with <c>torch.nn.GRUCell</c> semantics (separate input and recurrent weights, reset applied
/// to the recurrent candidate term, no update bias shift), Glorot-initialised with zero biases (dreamerv2.md §3
/// "Initialization"). An alternative to the §2.3 cell for ablations beyond the paper's.
/// </summary>
[Component("dynamics.gru-torch", Summary = "Standard GRU cell (torch.nn.GRUCell semantics), no layer norm.")]
public sealed class TorchGruCell : nn.Module, IDynamicsCell
{
    private readonly TorchSharp.Modules.GRUCell gru;

    public TorchGruCell(GruCellOptions options, CellShape cell) : base("cell")
    {
        ArgumentNullException.ThrowIfNull(options);
        StateSize = options.Deter;
        gru = nn.GRUCell(cell.InputSize, options.Deter);
        RegisterComponents();
        using (no_grad())
        {
            nn.init.xavier_uniform_(gru.weight_ih);
            nn.init.xavier_uniform_(gru.weight_hh);
            gru.bias_ih?.zero_();
            gru.bias_hh?.zero_();
        }
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public int StateSize { get; }

    /// <inheritdoc />
    public Tensor Step(Tensor input, Tensor state) => gru.forward(input, state); // [B, D]
}
