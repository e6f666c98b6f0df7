using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Dynamics;

/// <summary>
/// The "No Layer Norm" ablation of dreamerv2.md §9 Table 2 / §10 D9: the §2.3 cell exactly as the reference code's
/// <c>GRUCell(norm=False)</c> — one Dense over [x; h] with bias, split into reset, candidate, update;
/// c = tanh(r ⊙ c̃), u = σ(ũ − 1), h' = u ⊙ c + (1 − u) ⊙ h — without the LayerNorm (TV7 "without LN").
/// </summary>
[Component("dynamics.gru", Summary = "DreamerV2's GRU cell without layer norm (the 'No Layer Norm' ablation).")]
public sealed class GruCell : nn.Module, IDynamicsCell
{
    private readonly Linear gates;

    public GruCell(GruCellOptions options, CellShape cell) : base("cell")
    {
        ArgumentNullException.ThrowIfNull(options);
        StateSize = options.Deter;
        gates = nn.Linear(cell.InputSize + options.Deter, 3L * options.Deter);
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    /// <inheritdoc />
    public int StateSize { get; }

    /// <inheritdoc />
    public Tensor Step(Tensor input, Tensor state)
    {
        var parts = MixedPrecision.Linear(gates, cat([input, state], -1));                        // [B, 3D]
        return GruGates.Next(parts, state);                                           // [B, D]
    }
}
