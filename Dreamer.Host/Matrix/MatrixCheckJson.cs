using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dreamer.Host.Matrix;

/// <summary>
/// A checked plan as JSON for tools (<c>dreamer matrix plan --json</c>): validity, every error, and per cell its
/// overrides, differences from the base, dropped options and budget; docs/ablations.md describes the layout.
/// </summary>
public static class MatrixCheckJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>The JSON text of <paramref name="check"/>.</summary>
    public static string Write(MatrixCheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var cells = new JsonArray();
        foreach (var cell in check.Cells)
        {
            cells.Add(new JsonObject
            {
                ["index"] = cell.Cell.Index,
                ["folder"] = cell.Cell.Folder,
                ["variant"] = cell.Cell.Variant,
                ["environment"] = cell.Cell.Environment,
                ["seed"] = cell.Cell.Seed,
                ["overrides"] = Array(cell.Cell.Overrides.Select(o => o.ToArgument())),
                ["valid"] = cell.IsValid,
                ["errors"] = Array(cell.Errors),
                ["differences"] = new JsonArray(cell.Differences.Select(d => (JsonNode)new JsonObject { ["path"] = d.Path, ["base"] = d.Before, ["cell"] = d.After }).ToArray()),
                ["outside_axes"] = Array(cell.Outside.Select(d => d.Path)),
                ["dropped"] = new JsonArray(cell.Dropped.Select(d => (JsonNode)new JsonObject
                {
                    ["path"] = d.Path,
                    ["value"] = d.Value,
                    ["source"] = d.Source.Text,
                    ["from"] = d.From,
                    ["to"] = d.To,
                    ["reason"] = d.Reason,
                }).ToArray()),
                ["budget"] = cell.Budget is not { } budget ? null : new JsonObject
                {
                    ["steps"] = budget.Steps,
                    ["prefill"] = budget.Prefill,
                    ["agent_steps"] = budget.AgentSteps,
                    ["updates"] = budget.Updates,
                },
            });
        }
        var root = new JsonObject
        {
            ["valid"] = check.IsValid,
            ["errors"] = Array(check.ErrorLines()),
            ["cells"] = cells,
            ["agent_steps"] = check.Cells.Sum(cell => cell.Budget?.AgentSteps ?? 0),
            ["updates"] = check.Cells.Sum(cell => cell.Budget?.Updates ?? 0),
        };
        return root.ToJsonString(Options);
    }

    private static JsonArray Array(IEnumerable<string> items) => new(items.Select(item => (JsonNode)JsonValue.Create(item)).ToArray());
}
