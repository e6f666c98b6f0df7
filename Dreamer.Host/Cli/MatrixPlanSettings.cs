using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer matrix plan</c>.</summary>
public sealed class MatrixPlanSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The matrix file.")]
    public string File { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("The matrix folder the run folders would go to (default: runs/<matrix file name>).")]
    public string? Out { get; init; }
}
