using Dreamer.Host.Composition;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>
/// <c>matrix run --reuse DIR</c>: a cell that has no run folder yet gets a copy of a finished run under DIR whose
/// <c>resolved.yaml</c> resolves to exactly the cell's composition (every value equal, seed and step budget included),
/// so an ablation's baseline arm can be the cells of another study instead of the same training run twice. The copy is
/// written beside the cell's folder and renamed into place, so a failed copy leaves no half folder that looks finished.
/// </summary>
public static class RunReuse
{
    private const string PartialSuffix = ".reuse-partial";

    /// <summary>
    /// Copies, for every resolved cell of <paramref name="check"/> without a run folder in <paramref name="directory"/>,
    /// the first finished run (in path order) under <paramref name="sources"/> whose composition, as
    /// <paramref name="resolve"/> reads its <c>resolved.yaml</c>, has no difference from the cell's.
    /// </summary>
    public static IReadOnlyList<ReusedRun> Copy(MatrixCheckResult check, string directory, IReadOnlyList<string> sources, Func<string, ResolvedComposition?> resolve)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(resolve);
        var missing = check.Cells
            .Select(cell => (Cell: cell.Cell, cell.Composition, Target: Path.GetFullPath(Path.Combine(directory, cell.Cell.Folder))))
            .Where(cell => cell.Composition is not null && !Directory.Exists(cell.Target))
            .ToList();
        if (missing.Count == 0) return [];
        var candidates = FinishedRuns(sources)
            .Select(run => (Run: run, Composition: resolve(Path.Combine(run, ResolvedRunFacts.FileName))))
            .Where(candidate => candidate.Composition is not null)
            .ToList();
        var reused = new List<ReusedRun>();
        foreach (var (cell, composition, target) in missing)
        {
            var match = candidates.FirstOrDefault(candidate =>
                candidate.Run != target && CompositionDifference.Between(composition!, candidate.Composition!).Count == 0);
            if (match.Run is null) continue;
            CopyInto(match.Run, target);
            reused.Add(new ReusedRun(cell, match.Run));
        }
        return reused;
    }

    private static IEnumerable<string> FinishedRuns(IEnumerable<string> sources) =>
        sources
            .SelectMany(source => Directory.EnumerateFiles(source, RunStatus.FileName, SearchOption.AllDirectories))
            .Select(status => Path.GetFullPath(Path.GetDirectoryName(status)!))
            .Where(run => !run.EndsWith(PartialSuffix, StringComparison.Ordinal))
            .Where(run => File.Exists(Path.Combine(run, ResolvedRunFacts.FileName)))
            .Where(run => RunStatusFile.Read(run)?.State == RunState.Finished)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static void CopyInto(string source, string target)
    {
        var partial = target + PartialSuffix;
        if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        foreach (var folder in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(partial, Path.GetRelativePath(source, folder)));
        Directory.CreateDirectory(partial);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(partial, Path.GetRelativePath(source, file)));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        Directory.Move(partial, target);
    }
}
