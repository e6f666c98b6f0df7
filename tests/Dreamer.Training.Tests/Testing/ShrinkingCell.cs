using Dreamer.Abstractions.Model;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Testing;

/// <summary>A broken dynamics cell: its new state is one narrower than its StateSize says.</summary>
internal sealed class ShrinkingCell : nn.Module, IDynamicsCell
{
    private readonly Linear layer;

    public ShrinkingCell(CellShape cell) : base("cell")
    {
        layer = nn.Linear(cell.InputSize + 6, 5);
        RegisterComponents();
    }

    public int StateSize => 6;

    public Tensor Step(Tensor input, Tensor state) => layer.forward(cat([input, state], -1)).tanh();
}
