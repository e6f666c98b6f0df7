using System.Diagnostics;
using System.Text.RegularExpressions;
using Dreamer.Tests.Support;
using Dreamer.Training.Runs;
using Xunit.Abstractions;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// Two <c>dreamer</c> processes on one run folder: while a <c>train</c> holds it, a second <c>train</c> and a
/// <c>resume</c> are refused with the holder's PID, exit code 2 and nothing written; once the holder is killed with
/// SIGKILL, a <c>resume</c> takes the folder.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class RunFolderLockProcessTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>SIGSTOP on Linux: the holder is paused so the folder cannot change while the refused processes run.</summary>
    private const int Stop = 19;

    /// <summary>A guard against a hung process, not a speed check.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-lock-process-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void ASecondProcessIsRefusedWithTheHoldersPidUntilTheHolderIsKilled()
    {
        var run = new RunFolder(Path.Combine(root, "run"));
        using var holder = StartDrained("train", TrainingHarness.Data("tiny.yaml"), "--run-dir", run.Root, "--set", "training.steps=100000");
        WaitForStatusOf(holder, run, DateTime.MinValue);
        UnixSignal.Send(holder.Id, Stop);
        var before = Snapshot(run);
        try
        {
            foreach (var words in new[] { new[] { "train", TrainingHarness.Data("tiny.yaml"), "--run-dir", run.Root }, new[] { "resume", run.Root } })
            {
                var (code, text) = RunToEnd(words);
                Assert.Equal(2, code);
                Assert.Contains($"in use by process {holder.Id};", Regex.Replace(text, @"\s+", " "));
                Assert.Single(text.Split('\n'), line => line.Contains("error:", StringComparison.Ordinal));
                Assert.DoesNotContain(" at ", text);
                Assert.Equal(before, Snapshot(run));
            }
        }
        finally
        {
            holder.Kill();
            holder.WaitForExit();
        }
        Assert.Equal(holder.Id, RunFolderLock.ReadHolder(run));
        var started = DateTime.UtcNow;
        using var next = StartDrained("resume", run.Root);
        try
        {
            WaitForStatusOf(next, run, started);
            Assert.Equal(RunState.Running, RunStatusFile.Read(run.Root)!.State);
            Assert.Equal(next.Id, RunFolderLock.ReadHolder(run));
        }
        finally
        {
            next.Kill();
            next.WaitForExit();
        }
    }

    /// <summary>Waits until <paramref name="process"/> has written the folder's status after <paramref name="after"/>.</summary>
    private static void WaitForStatusOf(Process process, RunFolder run, DateTime after)
    {
        var path = RunStatusFile.PathIn(run.Root);
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(path) && File.GetLastWriteTimeUtc(path) >= after && RunStatusFile.Read(run.Root) is not null))
        {
            Assert.False(process.HasExited, $"dreamer exited with code {(process.HasExited ? process.ExitCode : 0)} before writing its status");
            Assert.True(clock.Elapsed < Limit, "dreamer wrote no status in time");
            Thread.Sleep(50);
        }
    }

    /// <summary>Every file of the folder with its length and last write time.</summary>
    private static string Snapshot(RunFolder run) => string.Join(
        "\n",
        Directory.EnumerateFileSystemEntries(run.Root, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => File.Exists(path) ? $"{path} {new FileInfo(path).Length} {File.GetLastWriteTimeUtc(path):O}" : path));

    private (int Code, string Text) RunToEnd(string[] words)
    {
        using var process = Start(words);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(Limit), "the refused dreamer did not exit");
        var text = stdout.Result + stderr.Result;
        output.WriteLine($"dreamer {words[0]}: exit {process.ExitCode}\n{text}");
        return (process.ExitCode, text);
    }

    /// <summary>Starts dreamer with its output read and dropped, so a full pipe never blocks it.</summary>
    private static Process StartDrained(params string[] words)
    {
        var process = Start(words);
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static Process Start(params string[] words)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dreamer.dll"));
        foreach (var word in words) start.ArgumentList.Add(word);
        return Process.Start(start)!;
    }
}
