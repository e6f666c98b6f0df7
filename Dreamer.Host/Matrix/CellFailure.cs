using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>Why a cell failed: its status message and the last lines of its <c>cell.log</c>.</summary>
public sealed record CellFailure(MatrixCell Cell, string Message, IReadOnlyList<string> LogTail)
{
    /// <summary>The failures of the failed cells of a matrix folder, in plan order.</summary>
    public static IReadOnlyList<CellFailure> Find(MatrixManifest manifest, string matrixDirectory, int lines)
    {
        var failures = new List<CellFailure>();
        foreach (var cell in manifest.Cells)
        {
            var runDirectory = cell.RunDirectory(matrixDirectory);
            if (RunStatusFile.Read(runDirectory) is not { State: RunState.Failed } status) continue;
            var log = Path.Combine(runDirectory, MatrixCell.LogFileName);
            var tail = File.Exists(log) ? File.ReadLines(log).TakeLast(lines).ToList() : [];
            failures.Add(new CellFailure(cell, status.Message, tail));
        }
        return failures;
    }
}
