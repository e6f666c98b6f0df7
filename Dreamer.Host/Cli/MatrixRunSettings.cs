using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer matrix run</c>.</summary>
public sealed class MatrixRunSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The matrix file.")]
    public string File { get; init; } = "";

    [CommandOption("--backend <BACKEND>")]
    [Description("local (child processes on this machine) or slurm (one job array).")]
    public string Backend { get; init; } = "local";

    [CommandOption("--parallel <N>")]
    [Description("local: cells at once (default 1); slurm: array tasks at once (default: no limit).")]
    public int? Parallel { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("The matrix folder (default: runs/<matrix file name>).")]
    public string? Out { get; init; }

    [CommandOption("--cell-command <COMMAND>")]
    [Description("The program (and leading words, space-separated) that gets train/resume arguments; default: this dreamer.")]
    public string? CellCommand { get; init; }

    [CommandOption("--partition <NAME>")]
    [Description("slurm: the partition.")]
    public string? Partition { get; init; }

    [CommandOption("--time <LIMIT>")]
    [Description("slurm: time limit per task, e.g. 2-00:00:00.")]
    public string? Time { get; init; }

    [CommandOption("--gres <GPUS>")]
    [Description("slurm: GPUs per task, a count (1) or a gres string (gpu:a100:1).")]
    public string? Gres { get; init; }

    [CommandOption("--cpus-per-task <N>")]
    [Description("slurm: CPUs per task.")]
    public int? CpusPerTask { get; init; }

    public override ValidationResult Validate()
    {
        if (Backend is not ("local" or "slurm")) return ValidationResult.Error($"--backend: '{Backend}' is not a backend; allowed: local, slurm");
        if (Parallel is < 1) return ValidationResult.Error($"--parallel: {Parallel} is not allowed; allowed: 1 or more");
        if (CpusPerTask is < 1) return ValidationResult.Error($"--cpus-per-task: {CpusPerTask} is not allowed; allowed: 1 or more");
        return ValidationResult.Success();
    }
}
