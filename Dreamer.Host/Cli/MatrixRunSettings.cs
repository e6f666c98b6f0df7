using System.ComponentModel;
using Dreamer.Host.Matrix;
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

    [CommandOption("--reuse <DIR>")]
    [Description("A folder of finished runs (another matrix's, repeatable): a cell without a run folder gets a copy of the one whose resolved.yaml resolves to exactly its composition.")]
    public string[] Reuse { get; init; } = [];

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

    [CommandOption("--signal-before <SECONDS>")]
    [Description("slurm: seconds before the time limit at which a task stops its cell with a checkpoint and requeues itself (default 90).")]
    public int? SignalBefore { get; init; }

    [CommandOption("--max-requeues <N>")]
    [Description("slurm: how often a task requeues itself at its time limit before its cell is marked failed (default 3).")]
    public int? MaxRequeues { get; init; }

    public override ValidationResult Validate()
    {
        if (Backend is not ("local" or "slurm")) return ValidationResult.Error($"--backend: '{Backend}' is not a backend; allowed: local, slurm");
        if (Parallel is < 1) return ValidationResult.Error($"--parallel: {Parallel} is not allowed; allowed: 1 or more");
        if (CpusPerTask is < 1) return ValidationResult.Error($"--cpus-per-task: {CpusPerTask} is not allowed; allowed: 1 or more");
        if (Reuse.FirstOrDefault(folder => !Directory.Exists(folder)) is { } missing) return ValidationResult.Error($"--reuse: '{missing}' is not a folder; allowed: a folder of run folders");
        if (Reuse.Length > 0 && CellCommand is not null) return ValidationResult.Error("--reuse: not with --cell-command, whose cells are not resolved; allowed: one of them");
        if (MaxRequeues is < 0) return ValidationResult.Error($"--max-requeues: {MaxRequeues} is not allowed; allowed: 0 or more");
        return ValidateSignal();
    }

    /// <summary>The Slurm options of this command line (<see cref="Parallel"/> throttles the array).</summary>
    public SlurmOptions Slurm() => new(
        Partition, Time, Gres, CpusPerTask, Parallel,
        SignalBefore: SignalBefore ?? SlurmOptions.DefaultSignalBefore,
        MaxRequeues: MaxRequeues ?? SlurmOptions.DefaultMaxRequeues);

    /// <summary>The signal lead is a Slurm <c>sig_time</c> and comes before the time limit, which must be a Slurm time.</summary>
    private ValidationResult ValidateSignal()
    {
        if (SignalBefore is < 1 or > SlurmOptions.MaxSignalBefore)
            return ValidationResult.Error($"--signal-before: {SignalBefore} is not allowed; allowed: 1 to {SlurmOptions.MaxSignalBefore} seconds");
        long? limit = null;
        if (Time is { } time && !SlurmTime.TryParse(time, out limit))
            return ValidationResult.Error($"--time: '{time}' is not a Slurm time limit; allowed: {SlurmTime.Forms}");
        var signal = SignalBefore ?? SlurmOptions.DefaultSignalBefore;
        if (limit is { } seconds && signal >= seconds)
        {
            var given = SignalBefore is null ? $"{signal} s (the default)" : $"{signal} s";
            return ValidationResult.Error($"--signal-before: {given} is not before the end of --time {Time} ({seconds} s); allowed: 1 to {seconds - 1} seconds");
        }
        return ValidationResult.Success();
    }
}
