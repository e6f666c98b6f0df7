using Dreamer.Host.Composition;

namespace Dreamer.Host.Matrix;

/// <summary>
/// A cell of a matrix resolved through the real composition loader (<see cref="MatrixCheck"/>): its errors, the values
/// that differ from the base composition, the options a swap dropped, and its real budget.
/// </summary>
/// <param name="Cell">The cell.</param>
/// <param name="Errors">Every composition error, and a failure to build its networks; empty when the cell is valid.</param>
/// <param name="Differences">Each key whose resolved value differs from the base composition's (key: base → cell).</param>
/// <param name="Dropped">The options the base gave a swapped slot that the new component does not take.</param>
/// <param name="Outside">The differences outside the cell's axes, environment, steps and seed: a swap that changed more than one thing.</param>
/// <param name="Budget">The agent steps and updates it will run; null when it did not resolve.</param>
/// <param name="Composition">The composition its <c>dreamer train</c> will run; null when it did not resolve.</param>
public sealed record CellCheck(
    MatrixCell Cell,
    IReadOnlyList<string> Errors,
    IReadOnlyList<CompositionDifference> Differences,
    IReadOnlyList<DroppedOption> Dropped,
    IReadOnlyList<CompositionDifference> Outside,
    CellBudget? Budget,
    ResolvedComposition? Composition)
{
    /// <summary>True when the cell resolved and built.</summary>
    public bool IsValid => Errors.Count == 0;
}
