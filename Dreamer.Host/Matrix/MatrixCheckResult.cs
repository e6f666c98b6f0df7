using Dreamer.Host.Composition;

namespace Dreamer.Host.Matrix;

/// <summary>A matrix plan checked cell by cell (<see cref="MatrixCheck"/>): the base composition's errors and every cell's check.</summary>
/// <param name="Base">The base composition resolved on its own; null when it has errors.</param>
/// <param name="BaseErrors">The base composition's errors.</param>
/// <param name="Cells">Each cell's check, in plan order.</param>
public sealed record MatrixCheckResult(ResolvedComposition? Base, IReadOnlyList<string> BaseErrors, IReadOnlyList<CellCheck> Cells)
{
    /// <summary>True when the base and every cell resolved (and built).</summary>
    public bool IsValid => BaseErrors.Count == 0 && Cells.All(cell => cell.IsValid);

    /// <summary>Every error of the base and of every cell, each line prefixed with where it belongs (<c>base</c> or the cell's folder).</summary>
    public IEnumerable<string> ErrorLines() =>
        BaseErrors.Select(error => $"base: {error}")
            .Concat(Cells.SelectMany(cell => cell.Errors.Select(error => $"{cell.Cell.Folder}: {error}")));
}
