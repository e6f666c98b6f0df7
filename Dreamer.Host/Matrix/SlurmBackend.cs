using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Submits a matrix as ONE Slurm job array: task <c>i</c> runs <c>dreamer matrix run-cell DIR i</c>, which runs the
/// cell exactly as the local backend does. Tasks are requeueable and get SIGUSR1 <see cref="SlurmOptions.SignalBefore"/>
/// seconds before their time limit, on which run-cell stops the cell with a checkpoint and requeues the task (at most
/// <see cref="SlurmOptions.MaxRequeues"/> times). Task logs go to <c>DIR/slurm-%A_%a.out</c>, appended across requeues;
/// status comes from the run folders, not from the scheduler.
/// </summary>
public sealed class SlurmBackend(MatrixManifest manifest, string matrixDirectory, SlurmOptions options)
{
    /// <summary>The batch script's file name in the matrix folder.</summary>
    public const string ScriptFileName = "slurm-array.sh";

    /// <summary>The batch script for the array; <paramref name="dreamer"/> is the program that runs <c>matrix run-cell</c>.</summary>
    public string Script(CellCommand dreamer)
    {
        var directory = Path.GetFullPath(matrixDirectory);
        var throttle = options.Throttle is { } t ? $"%{t}" : "";
        var builder = new StringBuilder();
        builder.AppendLine("#!/bin/bash");
        builder.AppendLine("#SBATCH --job-name=dreamer-matrix");
        builder.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --array=0-{manifest.Cells.Count - 1}{throttle}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --output={Path.Combine(directory, "slurm-%A_%a.out")}");
        builder.AppendLine("#SBATCH --ntasks=1");
        if (options.Partition is { } partition) builder.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --partition={partition}");
        if (options.Time is { } time) builder.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --time={time}");
        if (options.Gres is { } gres) builder.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --gres={(int.TryParse(gres, out var gpus) ? $"gpu:{gpus}" : gres)}");
        if (options.CpusPerTask is { } cpus) builder.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --cpus-per-task={cpus}");
        builder.AppendLine(CultureInfo.InvariantCulture, $"#SBATCH --signal=B:USR1@{options.SignalBefore}");
        builder.AppendLine("#SBATCH --requeue");
        builder.AppendLine("#SBATCH --open-mode=append");
        var words = dreamer.Prefix.Concat(["matrix", "run-cell", directory]).Select(Quote);
        var requeues = options.MaxRequeues.ToString(CultureInfo.InvariantCulture);
        builder.AppendLine(CultureInfo.InvariantCulture, $"exec {string.Join(' ', words)} \"$SLURM_ARRAY_TASK_ID\" --max-requeues {requeues}");
        return builder.ToString();
    }

    /// <summary>Writes the batch script and submits it; returns the job id that <c>sbatch --parsable</c> prints.</summary>
    public string Submit(CellCommand dreamer)
    {
        var script = Path.Combine(matrixDirectory, ScriptFileName);
        File.WriteAllText(script, Script(dreamer));
        var start = new ProcessStartInfo(options.Sbatch) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("--parsable");
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {options.Sbatch}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{options.Sbatch} failed with exit code {process.ExitCode}: {error.Trim()}");
        var jobId = output.Result.Trim().Split(';')[0];
        File.WriteAllText(Path.Combine(matrixDirectory, "slurm-job.txt"), jobId + Environment.NewLine);
        return jobId;
    }

    /// <summary>
    /// The CPU threads of a task's cell: <c>SLURM_CPUS_PER_TASK</c> when it is set and <c>OMP_NUM_THREADS</c> is not
    /// (a thread count the user set wins); null leaves the child's default.
    /// </summary>
    public static int? ThreadsPerTask(string? ompNumThreads, string? cpusPerTask) =>
        ompNumThreads is null && int.TryParse(cpusPerTask, NumberStyles.None, CultureInfo.InvariantCulture, out var cpus) && cpus > 0 ? cpus : null;

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''") + "'";
}
