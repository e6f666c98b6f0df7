using System.Globalization;
using Dreamer.Training.Runs;
using Spectre.Console;

namespace Dreamer.Host.Matrix;

/// <summary>The table of a matrix's cells read from their run folders: state, steps, updates and last return.</summary>
public static class MatrixStatusTable
{
    /// <summary>
    /// The state word of a cell: its status (<c>running</c>, <c>finished</c>, <c>failed</c>, <c>stopped</c>), or
    /// <c>starting</c>/<c>pending</c> when the folder has none yet.
    /// </summary>
    public static string StateOf(RunStatus? status, bool inFlight) =>
        status?.State.ToString().ToLowerInvariant() ?? (inFlight ? "starting" : "pending");

    /// <summary>Builds the table; <paramref name="inFlight"/> holds the indices of cells whose process has started.</summary>
    public static Table Build(MatrixManifest manifest, string matrixDirectory, IReadOnlySet<int>? inFlight = null)
    {
        var table = new Table().AddColumns("#", "cell", "state", "steps", "updates", "last return");
        var counts = new Dictionary<string, int>();
        foreach (var cell in manifest.Cells)
        {
            var status = RunStatusFile.Read(cell.RunDirectory(matrixDirectory));
            var state = StateOf(status, inFlight?.Contains(cell.Index) == true);
            counts[state] = counts.GetValueOrDefault(state) + 1;
            var color = state switch { "finished" => "green", "failed" => "red", "stopped" => "blue", "running" or "starting" => "yellow", _ => "grey" };
            table.AddRow(
                cell.Index.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(cell.Folder),
                $"[{color}]{state}[/]",
                status is null ? "" : $"{status.Step.ToString(CultureInfo.InvariantCulture)}/{status.Steps.ToString(CultureInfo.InvariantCulture)}",
                status?.Updates.ToString(CultureInfo.InvariantCulture) ?? "",
                status?.LastReturn?.ToString("0.###", CultureInfo.InvariantCulture) ?? "");
        }
        table.Caption(string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Value} {c.Key}")));
        return table;
    }
}
