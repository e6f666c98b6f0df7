using System.Globalization;
using Dreamer.Host.Matrix;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary><c>dreamer matrix plan FILE</c>: prints every cell (axis values, seed, run folder) and the total step budget.</summary>
public sealed class MatrixPlanCommand : Command<MatrixPlanSettings>
{
    public override int Execute(CommandContext context, MatrixPlanSettings settings, CancellationToken cancellationToken)
    {
        MatrixPlan plan;
        try
        {
            plan = MatrixPlan.Expand(MatrixFileLoader.Load(settings.File));
        }
        catch (MatrixFileException exception)
        {
            MatrixCommandOutput.WriteErrors(exception);
            return ExitCodes.InvalidInput;
        }
        var directory = MatrixCommandOutput.MatrixDirectory(settings.File, settings.Out);
        var table = new Table().AddColumn("#");
        foreach (var axis in plan.File.Axes) table.AddColumn(Markup.Escape(axis.Name));
        if (plan.File.Environments.Count > 0) table.AddColumn("environment");
        table.AddColumns("seed", "run folder");
        foreach (var cell in plan.Cells)
        {
            var row = new List<string> { cell.Index.ToString(CultureInfo.InvariantCulture) };
            row.AddRange(cell.AxisLabels.Select(l => Markup.Escape(l.Value)));
            if (cell.Environment is { } environment) row.Add(Markup.Escape(environment));
            row.Add(cell.Seed.ToString(CultureInfo.InvariantCulture));
            row.Add(Markup.Escape(Path.Combine(directory, cell.Folder)));
            table.AddRow(row.ToArray());
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"base: {plan.File.BasePath}");
        AnsiConsole.WriteLine(plan.File.Steps is { } steps
            ? $"budget: {plan.Cells.Count} cells × {steps.ToString(CultureInfo.InvariantCulture)} steps = {(plan.Cells.Count * steps).ToString(CultureInfo.InvariantCulture)} agent steps"
            : $"budget: {plan.Cells.Count} cells × the base composition's training.steps");
        return ExitCodes.Success;
    }
}
