using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer matrix status</c>: the matrix folder and how much of a failed cell's log to show.</summary>
public sealed class MatrixFolderSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The matrix folder (holds matrix.json).")]
    public string Directory { get; init; } = "";

    [CommandOption("--lines <N>")]
    [Description("Lines of a failed cell's log to show (default 15).")]
    public int Lines { get; init; } = 15;

    public override ValidationResult Validate() => OptionRange.AtLeast("--lines", Lines, 0);
}
