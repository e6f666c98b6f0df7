using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>
/// What <c>run-cell</c> does when its cell stopped at the Slurm time limit (SIGUSR1): while the task has been requeued
/// fewer than <paramref name="maxRequeues"/> times (<c>SLURM_RESTART_COUNT</c>, 0 when unset) it puts its own array
/// task back into the queue with <c>scontrol requeue JOB_TASK</c>, and the next run resumes the cell from its
/// checkpoint; at the limit it marks the cell failed. <paramref name="environment"/> reads environment variables.
/// </summary>
public sealed class SlurmRequeue(Func<string, string?> environment, int maxRequeues, string scontrol = "scontrol")
{
    /// <summary>Requeues so far: <c>SLURM_RESTART_COUNT</c>, 0 when unset.</summary>
    public int RestartCount =>
        int.TryParse(environment("SLURM_RESTART_COUNT"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;

    /// <summary>The task to requeue: <c>JOB_TASK</c> of an array task, the job id otherwise; null outside Slurm.</summary>
    public string? TaskId =>
        environment("SLURM_ARRAY_JOB_ID") is { Length: > 0 } job && environment("SLURM_ARRAY_TASK_ID") is { Length: > 0 } task
            ? $"{job}_{task}"
            : environment("SLURM_JOB_ID") is { Length: > 0 } id ? id : null;

    /// <summary>Requeues the task of the stopped cell in <paramref name="runDirectory"/>, or marks the cell failed at the limit.</summary>
    public RequeueResult Requeue(string runDirectory)
    {
        if (TaskId is not { } task) return new RequeueResult(false, "stopped at the time limit signal, but this is not a Slurm job: nothing to requeue");
        var count = RestartCount;
        if (count >= maxRequeues)
        {
            var message = $"stopped at the Slurm time limit after {count} requeues, the limit of --max-requeues {maxRequeues}; "
                + "the checkpoint is kept: re-run the matrix, or raise --time or --max-requeues";
            RunStatusFile.WriteFailed(runDirectory, 0, message);
            return new RequeueResult(false, message);
        }
        var (exitCode, output) = Run(task);
        return exitCode == 0
            ? new RequeueResult(true, $"requeued task {task} (requeue {count + 1} of at most {maxRequeues}); it resumes from its checkpoint")
            : new RequeueResult(false, $"{scontrol} requeue {task} failed{(exitCode is { } code ? $" with exit code {code}" : "")}{(output.Length > 0 ? $": {output}" : "")}; the cell stays stopped");
    }

    private (int? ExitCode, string Output) Run(string task)
    {
        var start = new ProcessStartInfo(scontrol) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("requeue");
        start.ArgumentList.Add(task);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, (output.Result + error).Trim());
        }
        catch (Win32Exception exception)
        {
            return (null, exception.Message);
        }
    }
}
