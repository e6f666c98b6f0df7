using System.Diagnostics;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// A real <c>dreamer train</c> process asked to stop by SIGTERM (a preemption, <c>kill</c>), SIGUSR1 (a Slurm time
/// limit) or SIGHUP (a closed terminal) checkpoints, writes a stopped status and exits with code 0. The child starts
/// through <c>env --default-signal=HUP</c>, so a test run under <c>nohup</c> (SIGHUP ignored, and inherited so) still
/// gives it SIGHUP's default disposition, which the app then handles.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class StopSignalTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-signal-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData(UnixSignal.Terminate)]
    [InlineData(UnixSignal.User1)]
    [InlineData(UnixSignal.Hangup)]
    public async Task ASignalStopsTrainingWithACheckpointAndAStoppedStatus(int signal)
    {
        var run = new RunFolder(Path.Combine(root, "run"));
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in new[] { "--default-signal=HUP", "dotnet", Path.Combine(AppContext.BaseDirectory, "dreamer.dll"), "train", TrainingHarness.Data("tiny.yaml"), "--run-dir", run.Root, "--set", "training.steps=100000" })
            start.ArgumentList.Add(word);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!process.HasExited && DateTime.UtcNow < deadline && (RunStatusFile.Read(run.Root)?.Step ?? 0) < 150) Thread.Sleep(50);
        if (process.HasExited) Assert.Fail($"dreamer train exited early: {await stdout}{await stderr}");

        UnixSignal.Send(process.Id, signal);

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "dreamer train did not stop within 60 s");
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {output}");
        var status = RunStatusFile.Read(run.Root)!;
        Assert.Equal(RunState.Stopped, status.State);
        Assert.Equal(status.Step, CheckpointStore.Load(new CheckpointStore(run.Root).Latest()!).Counters.Step);
        Assert.Contains("stopped: step", output);
    }
}
