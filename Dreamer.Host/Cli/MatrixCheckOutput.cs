using System.Globalization;
using Dreamer.Host.Matrix;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>
/// Prints a checked matrix plan for people: the cells, then per cell (seeds together) the values that differ from the
/// base, the options a swap dropped and the real budget, then the total; or every error, one per line.
/// </summary>
public static class MatrixCheckOutput
{
    /// <summary>Prints every error of <paramref name="check"/>, one unstyled line each (so they can be grepped and copied).</summary>
    public static void WriteErrors(IAnsiConsole console, MatrixCheckResult check)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(check);
        foreach (var line in check.ErrorLines()) console.Profile.Out.Writer.WriteLine(line);
        var invalid = check.Cells.Count(cell => !cell.IsValid);
        console.Profile.Out.Writer.WriteLine($"{invalid} of {check.Cells.Count} cells are invalid{(check.BaseErrors.Count > 0 ? ", and so is the base composition" : "")}; nothing was run.");
    }

    /// <summary>Prints the cells, their differences from the base and the budget of a valid plan.</summary>
    public static void WritePlan(IAnsiConsole console, MatrixPlan plan, MatrixCheckResult check, string directory)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(check);
        var table = new Table().AddColumn("#");
        foreach (var axis in plan.File.Axes) table.AddColumn(Markup.Escape(axis.Name));
        if (plan.File.Environments.Count > 0) table.AddColumn("environment");
        table.AddColumns("seed", "run folder");
        foreach (var cell in plan.Cells)
        {
            var row = new List<string> { N(cell.Index) };
            row.AddRange(cell.AxisLabels.Select(l => Markup.Escape(l.Value)));
            if (cell.Environment is { } environment) row.Add(Markup.Escape(environment));
            row.Add(N(cell.Seed));
            row.Add(Markup.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(directory, cell.Folder))));
            table.AddRow(row.ToArray());
        }
        console.Write(table);

        var output = console.Profile.Out.Writer;
        output.WriteLine($"base: {Path.GetRelativePath(Directory.GetCurrentDirectory(), plan.File.BasePath)}");
        foreach (var group in check.Cells.GroupBy(cell => cell.Cell.Folder[..cell.Cell.Folder.LastIndexOf('/')]))
        {
            var cells = group.ToList();
            output.WriteLine();
            output.WriteLine($"{group.Key} (cells {string.Join(", ", cells.Select(c => N(c.Cell.Index)))}; seeds {string.Join(", ", cells.Select(c => N(c.Cell.Seed)))})");
            var first = cells[0];
            var changes = first.Differences.Where(d => d.Path != "training.seed").ToList();
            if (changes.Count == 0) output.WriteLine("  no value differs from the base");
            foreach (var difference in changes)
                output.WriteLine($"  {difference}{(first.Outside.Contains(difference) ? "   (outside the axes: a swap changed more than one thing)" : "")}");
            foreach (var dropped in first.Dropped)
                output.WriteLine($"  dropped {dropped}");
            if (first.Budget is { } budget)
            {
                output.WriteLine($"  budget: {N(budget.AgentSteps)} agent steps each ({N(budget.Prefill)} of them random prefill), ≈ {N(budget.Updates)} updates");
                if (budget.PrefillExceedsSteps)
                    output.WriteLine($"  warning: prefill {N(budget.Prefill)} ≥ steps {N(budget.Steps)}: the cell runs {N(budget.AgentSteps)} random steps and trains only on them");
            }
        }
        output.WriteLine();
        var agentSteps = check.Cells.Sum(cell => cell.Budget?.AgentSteps ?? 0);
        var updates = check.Cells.Sum(cell => cell.Budget?.Updates ?? 0);
        output.WriteLine($"budget: {N(check.Cells.Count)} cells, {N(agentSteps)} agent steps (prefill included), ≈ {N(updates)} updates; every cell resolves{(check.Cells.Count > 0 ? "" : " (none)")}");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
