using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Contracts;

/// <summary>
/// A dynamics cell whose first step is checked against its contract (dreamerv2.md §2.3): input <c>[B, I]</c> and
/// state <c>[B, D]</c> → new state <c>[B, D]</c> with D = <see cref="IDynamicsCell.StateSize"/>.
/// </summary>
internal sealed class CheckedDynamicsCell(IDynamicsCell cell) : IDynamicsCell
{
    private readonly ShapeCheck step = new(cell, nameof(IDynamicsCell), nameof(Step), $"[B, D] with D = StateSize = {cell.StateSize}");

    public int StateSize => cell.StateSize;

    public Tensor Step(Tensor input, Tensor state)
    {
        var next = cell.Step(input, state);                                          // [B, D]
        return step.Pending ? step.Verify(next, [input.shape[0], StateSize]) : next;
    }
}
