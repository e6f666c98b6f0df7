using System.Diagnostics;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// A real <c>dreamer train</c> process asked to stop by SIGTERM (a preemption, <c>kill</c>) or SIGUSR1 (a Slurm time
/// limit) checkpoints, writes a stopped status and exits with code 0.
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
    public async Task ASignalStopsTrainingWithACheckpointAndAStoppedStatus(int signal)
    {
        var run = new RunFolder(Path.Combine(root, "run"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in new[] { Path.Combine(AppContext.BaseDirectory, "dreamer.dll"), "train", TrainingHarness.Data("tiny.yaml"), "--run-dir", run.Root, "--set", "training.steps=100000" })
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
