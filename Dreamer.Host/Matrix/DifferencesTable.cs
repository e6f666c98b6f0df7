namespace Dreamer.Host.Matrix;

/// <summary>
/// What each arm changes from the base composition, from <c>matrix.json</c> (the resolved differences and dropped
/// options <c>matrix run</c> stored per cell): one markdown row per arm and environment, seeds together.
/// </summary>
public static class DifferencesTable
{
    /// <summary>The section's lines: an explanation and the table, or a line saying the plan was not resolved.</summary>
    public static IReadOnlyList<string> Markdown(MatrixManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.Cells.All(cell => cell.Differences is null))
            return ["The cells were not resolved by dreamer's loader (a `--cell-command` stand-in ran them), so their differences are not known."];
        var lines = new List<string>
        {
            "Every resolved value that differs from the base composition (`key: base → cell`; `(absent)` where one of two swapped components has no such option), and the options a swap dropped. The seed differs as listed.",
            "",
            "| cells | seeds | differences from the base | dropped by a swap |",
            "|---|---|---|---|",
        };
        foreach (var group in manifest.Cells.GroupBy(cell => cell.Folder[..Math.Max(0, cell.Folder.LastIndexOf('/'))]))
        {
            var first = group.First();
            var changes = (first.Differences ?? []).Where(d => !d.StartsWith("training.seed:", StringComparison.Ordinal)).ToList();
            lines.Add($"| {group.Key} | {string.Join(", ", group.Select(c => c.Seed))} | {Cell(changes, "none")} | {Cell(first.Dropped ?? [], "—")} |");
        }
        return lines;
    }

    private static string Cell(IReadOnlyList<string> items, string empty) =>
        items.Count == 0 ? empty : string.Join("<br>", items.Select(item => item.Replace("|", "\\|", StringComparison.Ordinal)));
}
