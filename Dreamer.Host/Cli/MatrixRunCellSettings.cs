using System.ComponentModel;
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
}
