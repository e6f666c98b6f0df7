using System.ComponentModel;
using Dreamer.Host.Matrix;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer matrix report</c>.</summary>
public sealed class MatrixReportSettings : CommandSettings
{
    [CommandArgument(0, "<DIR>")]
    [Description("The matrix folder (holds matrix.json).")]
    public string Directory { get; init; } = "";

    [CommandOption("--last <K>")]
    [Description("A run's final score is the mean of its last K eval returns (default 1).")]
    public int Last { get; init; } = 1;

    [CommandOption("--final-eval <STEP>")]
    [Description("A run's final score is the greedy evaluation of its checkpoint kept at agent step STEP (eval/step-STEP.json, written by dreamer eval RUN --step STEP) instead of its last eval returns.")]
    public long? FinalEval { get; init; }

    [CommandOption("--reps <N>")]
    [Description("Stratified-bootstrap resamples per interval (default 10000).")]
    public int Reps { get; init; } = ReportOptions.DefaultRepetitions;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the bootstrap's random numbers (default 0).")]
    public int Seed { get; init; }

    [CommandOption("--baseline <ARM>")]
    [Description("The arm (axis combination, e.g. kl=balanced) every other arm is compared with (default: the first arm in plan order).")]
    public string? Baseline { get; init; }

    public override ValidationResult Validate() => OptionRange.First(
        OptionRange.AtLeast("--last", Last, 1), OptionRange.AtLeast("--reps", Reps, 1), OptionRange.AtLeast("--seed", Seed, 0),
        OptionRange.AtLeast("--final-eval", FinalEval, 1));
}
