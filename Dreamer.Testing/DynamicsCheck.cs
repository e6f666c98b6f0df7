using Dreamer.Abstractions.Model;
using Dreamer.Training.Contracts;
using static TorchSharp.torch;

namespace Dreamer.Testing;

/// <summary>
/// Checks a dynamics cell against its contract (dreamerv2.md §2.3): two steps from the zero state (§2.5), inputs
/// <c>[B, I]</c> → states <c>[B, StateSize]</c> with finite values, and a backward pass that reaches every parameter
/// and the inputs.
/// </summary>
public static class DynamicsCheck
{
    /// <summary>Runs two steps and a backward pass; throws <see cref="ComponentContractException"/> or <see cref="ComponentCheckException"/>.</summary>
    public static void Run(IDynamicsCell cell, CellShape shape)
    {
        var module = ComponentModule.Of(cell, nameof(IDynamicsCell));
        var checkedCell = new CheckedDynamicsCell(cell);
        var input = randn(TinyBatch.Rows, shape.InputSize).requires_grad_();                    // [B, I]
        var initial = zeros(TinyBatch.Rows, cell.StateSize);                                     // [B, D]
        var first = checkedCell.Step(input, initial);                                            // [B, D]
        var second = checkedCell.Step(input, first);                                             // [B, D]
        TensorChecks.Finite(cell, second, nameof(IDynamicsCell.Step));
        second.square().mean().backward();
        TensorChecks.GradientsReachParameters(cell, module, "the mean square of two steps' state");
        TensorChecks.GradientReachesInput(cell, input, "the input", "the mean square of two steps' state");
    }
}
