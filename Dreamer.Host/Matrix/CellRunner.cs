using System.Diagnostics;
using System.Globalization;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Runs one cell as a child process: skips it when its run folder says finished, resumes it when the folder holds a
/// checkpoint, trains it otherwise. The child's stdout and stderr are appended to <c>cell.log</c> in the run folder.
/// A child that ends with a stopped status (it was asked to stop and checkpointed) stays stopped; one that ends
/// without a finished or stopped status leaves a failed status naming its exit code. Cancelling asks the child to stop
/// (SIGTERM) and waits up to <see cref="StopGrace"/> before killing it. <paramref name="threads"/>, when given, becomes
/// the child's <c>OMP_NUM_THREADS</c> (its default thread count, <c>NativeThreads.Available</c>).
/// </summary>
public sealed class CellRunner(MatrixManifest manifest, string matrixDirectory, int? threads = null)
{
    /// <summary>How long a child asked to stop may take to checkpoint and exit before it is killed.</summary>
    public TimeSpan StopGrace { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Runs <paramref name="cell"/> to its end, or until <paramref name="cancellation"/> stops it, and returns what happened.</summary>
    public async Task<CellResult> RunAsync(MatrixCell cell, CancellationToken cancellation = default)
    {
        var runDirectory = Path.GetFullPath(cell.RunDirectory(matrixDirectory));
        var status = RunStatusFile.Read(runDirectory);
        if (status?.State == RunState.Finished) return new CellResult(cell, CellLaunch.Skipped, null, status);

        Directory.CreateDirectory(runDirectory);
        var resume = new CheckpointStore(runDirectory).Latest() is not null;
        var arguments = resume
            ? CellCommand.ResumeArguments(runDirectory)
            : CellCommand.TrainArguments(manifest.BasePath, runDirectory, cell.Overrides);
        var words = manifest.CellCommand.Concat(arguments).ToList();
        var launch = resume ? CellLaunch.Resumed : CellLaunch.Trained;

        await using var log = new StreamWriter(new FileStream(Path.Combine(runDirectory, MatrixCell.LogFileName), FileMode.Append, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        var gate = new object();
        void Append(string? line)
        {
            if (line is null) return;
            lock (gate) log.WriteLine(line);
        }
        Append($"== {DateTimeOffset.Now.ToString("u", CultureInfo.InvariantCulture)} {CellCommand.Display(words)}");

        int exitCode;
        bool killed;
        try
        {
            (exitCode, killed) = await RunProcessAsync(words, Append, cancellation);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Append($"== could not start: {exception.Message}");
            return Fail(cell, launch, null, $"could not start {words[0]}: {exception.Message}", runDirectory);
        }
        Append($"== exit code {exitCode}");

        status = RunStatusFile.Read(runDirectory);
        if (killed) return Fail(cell, launch, exitCode, $"asked to stop, the process did not exit within {StopGrace.TotalSeconds:0} s and was killed", runDirectory);
        if (exitCode == 0 && status?.State is RunState.Finished or RunState.Stopped) return new CellResult(cell, launch, exitCode, status);
        if (status?.State == RunState.Failed) return new CellResult(cell, launch, exitCode, status);
        var reason = exitCode == 0
            ? $"the process exited with code 0 but the run is not finished (state {status?.State.ToString().ToLowerInvariant() ?? "missing"})"
            : $"the process exited with code {exitCode}";
        return Fail(cell, launch, exitCode, reason, runDirectory);
    }

    private static CellResult Fail(MatrixCell cell, CellLaunch launch, int? exitCode, string message, string runDirectory) =>
        new(cell, launch, exitCode, RunStatusFile.WriteFailed(runDirectory, 0, message));

    /// <summary>Runs the child to its exit; on cancellation asks it to stop, and kills it after <see cref="StopGrace"/>.</summary>
    private async Task<(int ExitCode, bool Killed)> RunProcessAsync(IReadOnlyList<string> words, Action<string?> append, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(words[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (threads is { } count) start.Environment["OMP_NUM_THREADS"] = count.ToString(CultureInfo.InvariantCulture);
        foreach (var word in words.Skip(1)) start.ArgumentList.Add(word);
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => append(e.Data);
        process.ErrorDataReceived += (_, e) => append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var exit = process.WaitForExitAsync(CancellationToken.None);
        var killed = false;
        try
        {
            await exit.WaitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            append($"== stop requested: SIGTERM to process {process.Id}");
            ProcessStop.Request(process);
            try
            {
                await exit.WaitAsync(StopGrace, CancellationToken.None);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                await exit;
                killed = true;
            }
        }
        process.WaitForExit();
        return (process.ExitCode, killed);
    }
}
