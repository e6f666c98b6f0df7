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

    [CommandOption("--json")]
    [Description("Print the checked plan as JSON (cells, differences from the base, dropped options, budgets, errors).")]
    public bool Json { get; init; }

    [CommandOption("--no-build")]
    [Description("Resolve every cell but do not build its networks on the CPU.")]
    public bool NoBuild { get; init; }
}
