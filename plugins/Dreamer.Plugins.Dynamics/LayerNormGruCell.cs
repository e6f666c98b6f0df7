using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Dynamics;

/// <summary>
/// The GRU cell of dreamerv2.md §2.3: one Dense over [x; h] with bias → one LayerNorm over all 3D features
/// (ε 1e-3) → split into reset, candidate, update; c = tanh(r ⊙ c̃), u = σ(ũ − 1), h' = u ⊙ c + (1 − u) ⊙ h.
/// </summary>
[Component("dynamics.gru-layernorm", Summary = "DreamerV2's GRU cell: one dense over [x, h], shared LayerNorm, reset on the candidate, update bias -1.")]
public sealed class LayerNormGruCell : nn.Module, IDynamicsCell
{
    private readonly Linear gates;
    private readonly LayerNorm norm;

    public LayerNormGruCell(GruCellOptions options, CellShape cell) : base("cell")
    {
        ArgumentNullException.ThrowIfNull(options);
        StateSize = options.Deter;
        gates = nn.Linear(cell.InputSize + options.Deter, 3L * options.Deter);
        norm = nn.LayerNorm(3L * options.Deter, eps: 1e-3);
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public int StateSize { get; }

    /// <inheritdoc />
    public Tensor Step(Tensor input, Tensor state)
    {
        var parts = norm.forward(MixedPrecision.Linear(gates, cat([input, state], -1))); // LayerNorm in float32          // [B, 3D]
        return GruGates.Next(parts, state);                                           // [B, D]
    }
}
