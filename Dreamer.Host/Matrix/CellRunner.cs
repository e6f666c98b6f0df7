using System.Diagnostics;
using System.Globalization;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Runs one cell as a child process: skips it when its run folder says finished, resumes it when the folder holds a
/// checkpoint, trains it otherwise. The child's stdout and stderr are appended to <c>cell.log</c> in the run folder.
/// A child that ends without a finished status leaves a failed status naming its exit code. <paramref name="threads"/>,
/// when given, becomes the child's <c>OMP_NUM_THREADS</c> (its default thread count, <c>NativeThreads.Available</c>).
/// </summary>
public sealed class CellRunner(MatrixManifest manifest, string matrixDirectory, int? threads = null)
{
    /// <summary>Runs <paramref name="cell"/> to its end and returns what happened.</summary>
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
        try
        {
            exitCode = await RunProcessAsync(words, threads, Append, cancellation);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Append($"== could not start: {exception.Message}");
            return Fail(cell, launch, null, RunStatusFile.Read(runDirectory), $"could not start {words[0]}: {exception.Message}", runDirectory);
        }
        Append($"== exit code {exitCode}");

        status = RunStatusFile.Read(runDirectory);
        if (status?.State == RunState.Finished && exitCode == 0) return new CellResult(cell, launch, exitCode, status);
        if (status?.State == RunState.Failed) return new CellResult(cell, launch, exitCode, status);
        var reason = exitCode == 0
            ? $"the process exited with code 0 but the run is not finished (state {status?.State.ToString().ToLowerInvariant() ?? "missing"})"
            : $"the process exited with code {exitCode}";
        return Fail(cell, launch, exitCode, status, reason, runDirectory);
    }

    private static CellResult Fail(MatrixCell cell, CellLaunch launch, int? exitCode, RunStatus? last, string message, string runDirectory)
    {
        var failed = (last ?? new RunStatus(RunState.Failed, 0, 0, 0, null, "")) with { State = RunState.Failed, Message = message };
        RunStatusFile.Write(runDirectory, failed);
        return new CellResult(cell, launch, exitCode, failed);
    }

    private static async Task<int> RunProcessAsync(IReadOnlyList<string> words, int? threads, Action<string?> append, CancellationToken cancellation)
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
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        process.WaitForExit();
        return process.ExitCode;
    }
}
