using Dreamer.Host.Composition;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Before <c>matrix run</c> skips a finished cell or resumes an unfinished one, checks that the run already in its
/// folder was trained with exactly the composition the cell now resolves to (every value equal, seed and budget
/// included), so an edited base composition or matrix never mixes runs of two compositions in one study.
/// </summary>
public static class ForeignRuns
{
    /// <summary>
    /// Every resolved cell of <paramref name="check"/> whose run folder in <paramref name="directory"/> holds a
    /// <c>resolved.yaml</c> that, as <paramref name="resolve"/> reads it, differs from the cell's composition.
    /// </summary>
    public static IReadOnlyList<ForeignRun> Find(MatrixCheckResult check, string directory, Func<string, ResolvedComposition?> resolve)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(resolve);
        var foreign = new List<ForeignRun>();
        foreach (var cell in check.Cells.Where(cell => cell.Composition is not null))
        {
            var run = Path.GetFullPath(cell.Cell.RunDirectory(directory));
            var file = Path.Combine(run, ResolvedRunFacts.FileName);
            if (!File.Exists(file)) continue;
            if (resolve(file) is not { } trained)
            {
                foreign.Add(new ForeignRun(cell.Cell, run, null));
                continue;
            }
            var differences = CompositionDifference.Between(trained, cell.Composition!);
            if (differences.Count > 0) foreign.Add(new ForeignRun(cell.Cell, run, differences));
        }
        return foreign;
    }
}
