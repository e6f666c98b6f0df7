using System.Globalization;

namespace Dreamer.Host.Matrix;

/// <summary>
/// The compute each cell took, from its <c>status.json</c>: wall time (<c>wall_seconds</c>), agent steps, updates and
/// device, one markdown row per cell and a total; "—" where the run has not recorded a value.
/// </summary>
public static class ComputeTable
{
    /// <summary>The markdown table's lines.</summary>
    public static IReadOnlyList<string> Markdown(MatrixResults results)
    {
        var lines = new List<string> { "| cell | wall time | agent steps | updates | device |", "|---|---|---|---|---|" };
        foreach (var run in results.Runs)
        {
            var status = run.Status;
            lines.Add($"| {run.Cell.Folder} | {Wall(status?.WallSeconds)} | {Count(status?.Step)} | {Count(status?.Updates)} | {status?.Device ?? "—"} |");
        }
        var statuses = results.Runs.Select(r => r.Status).ToList();
        var walls = statuses.Select(s => s?.WallSeconds).ToList();
        var totalWall = walls.All(w => w is not null) ? walls.Sum() : null;
        lines.Add($"| total | {Wall(totalWall)}{(totalWall is null && walls.Any(w => w is not null) ? $" ({Wall(walls.Sum())} recorded)" : "")} | " +
            $"{Count(statuses.Sum(s => s?.Step ?? 0))} | {Count(statuses.Sum(s => s?.Updates ?? 0))} | |");
        return lines;
    }

    /// <summary>Seconds as <c>h:mm:ss</c>, or "—" when unknown.</summary>
    public static string Wall(double? seconds)
    {
        if (seconds is not { } value) return "—";
        var time = TimeSpan.FromSeconds(Math.Round(value));
        return string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}");
    }

    private static string Count(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
