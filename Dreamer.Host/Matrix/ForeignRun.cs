using Dreamer.Host.Composition;

namespace Dreamer.Host.Matrix;

/// <summary>
/// A cell whose run folder already holds a run of another composition: skipping it as finished, or resuming it,
/// would put that run into the matrix under the cell's name.
/// </summary>
/// <param name="Cell">The cell.</param>
/// <param name="RunDirectory">Its run folder.</param>
/// <param name="Differences">Each value that differs (run's → cell's); null when the run's <c>resolved.yaml</c> does not resolve.</param>
public sealed record ForeignRun(MatrixCell Cell, string RunDirectory, IReadOnlyList<CompositionDifference>? Differences)
{
    private const int ShownDifferences = 3;

    /// <summary>One line for people: the cell, its folder, and the first differing values (or that the run does not resolve).</summary>
    public override string ToString()
    {
        var folder = Path.GetRelativePath(Directory.GetCurrentDirectory(), RunDirectory);
        if (Differences is null) return $"{Cell.Folder}: the run in {folder} has a resolved.yaml that no longer resolves; move the folder away, or give the matrix another folder with --out";
        var shown = string.Join("; ", Differences.Take(ShownDifferences));
        var more = Differences.Count > ShownDifferences ? $"; and {Differences.Count - ShownDifferences} more" : "";
        return $"{Cell.Folder}: the run in {folder} was trained with another composition (run → cell: {shown}{more}); move the folder away, or give the matrix another folder with --out";
    }
}
