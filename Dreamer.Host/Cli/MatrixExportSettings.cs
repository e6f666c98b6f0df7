using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer matrix export</c>.</summary>
public sealed class MatrixExportSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The matrix folder (holds matrix.json).")]
    public string Directory { get; init; } = "";

    [CommandOption("--out <FOLDER>")]
    [Description("Where to write the CSV and JSON files (default DIR/export).")]
    public string? Out { get; init; }

    [CommandOption("--last <K>")]
    [Description("A run's final score is the mean of its last K eval returns (default 1), as in matrix report.")]
    public int Last { get; init; } = 1;

    [CommandOption("--final-eval <STEP>")]
    [Description("A run's final score is the greedy evaluation of its checkpoint kept at agent step STEP (eval/step-STEP.json), as in matrix report.")]
    public long? FinalEval { get; init; }

    public override ValidationResult Validate() => OptionRange.First(OptionRange.AtLeast("--last", Last, 1), OptionRange.AtLeast("--final-eval", FinalEval, 1));
}
