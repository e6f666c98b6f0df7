using System.ComponentModel;
using Dreamer.Host.Matrix;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer matrix run-cell</c>.</summary>
public sealed class MatrixRunCellSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The matrix folder (holds matrix.json).")]
    public string Directory { get; init; } = "";

    [CommandArgument(1, "<INDEX>")]
    [Description("The cell's index in the plan (the Slurm array task id).")]
    public int Index { get; init; }

    [CommandOption("--max-requeues <N>")]
    [Description("Under Slurm: how often the task requeues itself when SIGUSR1 announces its time limit before the cell is marked failed (default 3).")]
    public int MaxRequeues { get; init; } = SlurmOptions.DefaultMaxRequeues;

    public override ValidationResult Validate() => OptionRange.First(
        OptionRange.AtLeast("INDEX", Index, 0), OptionRange.AtLeast("--max-requeues", MaxRequeues, 0));
}
