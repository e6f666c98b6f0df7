using System.Diagnostics;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// A real <c>dreamer train</c> process stopped by SIGTERM during a long pretraining stops within an update
/// or so, with a checkpoint that is not marked pretrained; resuming it runs exactly the remaining pretraining updates.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class PretrainStopTests : IDisposable
{
    private const int Pretrain = 2000;
    private static readonly string[] Overrides = ["training.steps=1", "training.prefill=1", $"training.pretrain={Pretrain}"];

    private readonly string root = Directory.CreateTempSubdirectory("dreamer-pretrain-stop-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Theory]
    [InlineData(UnixSignal.Terminate)]
    public async Task ASignalDuringPretrainingStopsItAndResumeFinishesTheRemainingUpdates(int signal)
    {
        var run = new RunFolder(Path.Combine(root, "run"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var word in new[] { Path.Combine(AppContext.BaseDirectory, "dreamer.dll"), "train", TrainingHarness.Data("tiny.yaml"), "--run-dir", run.Root })
            start.ArgumentList.Add(word);
        foreach (var value in Overrides)
        {
            start.ArgumentList.Add("--set");
            start.ArgumentList.Add(value);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (!process.HasExited && DateTime.UtcNow < deadline && !(Directory.Exists(run.Episodes) && Directory.EnumerateFiles(run.Episodes, "*.npz").Any())) Thread.Sleep(50);
        Thread.Sleep(TimeSpan.FromSeconds(0.3));                                      // prefill ends with its first episode; pretraining runs
        if (process.HasExited) Assert.Fail($"dreamer train exited early: {await stdout}{await stderr}");

        UnixSignal.Send(process.Id, signal);
        var clock = Stopwatch.StartNew();

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "dreamer train did not stop within 30 s");
        var output = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}: {output}");
        Assert.Equal(RunState.Stopped, RunStatusFile.Read(run.Root)!.State);
        var stopped = CheckpointStore.Load(new CheckpointStore(run.Root).Latest()!).Counters;
        Assert.False(stopped.Pretrained);
        Assert.InRange(stopped.Updates, 0, Pretrain);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopping took {clock.Elapsed}");

        var resumed = TrainingHarness.Train(run.Root, TrainingHarness.Load(null, Overrides));

        Assert.Equal(Pretrain + 1, resumed.Updates);
        Assert.True(resumed.Pretrained);
        Assert.Equal(RunState.Finished, RunStatusFile.Read(run.Root)!.State);
    }
}
