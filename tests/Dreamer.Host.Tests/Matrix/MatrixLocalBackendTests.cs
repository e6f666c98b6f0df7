using Dreamer.Host.Matrix;
using Dreamer.Tests.Support;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Matrix;

[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class MatrixLocalBackendTests : IDisposable
{
    private readonly MatrixTestFolder folder = new();

    public void Dispose() => folder.Dispose();

    private (MatrixManifest Manifest, string Directory) Plan(string text)
    {
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(folder.Write("m.yaml", text)));
        var manifest = MatrixManifest.Of(plan, new CellCommand(["bash", MatrixTestFolder.StandIn]));
        var directory = Path.Combine(folder.Root, "runs");
        manifest.Write(directory);
        return (MatrixManifest.Read(directory), directory);
    }

    [Fact]
    public async Task FinishedCellsAreSkippedAndCellsWithACheckpointAreResumed()
    {
        var (manifest, directory) = Plan("base: base.yaml\naxes:\n  stand_in.gain: [1, 2]\nseeds: [0, 1]\nsteps: 40\n");
        var finished = manifest.Cells[0].RunDirectory(directory);
        RunStatusFile.Write(finished, new RunStatus(RunState.Finished, 40, 40, 4, 10, "done"));
        var interrupted = manifest.Cells[1].RunDirectory(directory);
        RunStatusFile.Write(interrupted, new RunStatus(RunState.Running, 20, 40, 2, 5, "training"));
        Directory.CreateDirectory(Path.Combine(interrupted, "checkpoints", "ckpt-000000002"));
        File.WriteAllText(Path.Combine(interrupted, "checkpoints", "latest"), "ckpt-000000002");

        var results = await new LocalBackend(manifest, directory, parallel: 2).RunAsync();

        Assert.Equal([CellLaunch.Skipped, CellLaunch.Resumed, CellLaunch.Trained, CellLaunch.Trained], results.Select(r => r.Launch));
        Assert.All(results, r => Assert.Equal(RunState.Finished, RunStatusFile.Read(r.Cell.RunDirectory(directory))!.State));
        Assert.False(File.Exists(Path.Combine(finished, "invocations.log")));
        Assert.Equal([$"resume {Path.GetFullPath(interrupted)}"], File.ReadAllLines(Path.Combine(interrupted, "invocations.log")));
        var trained = manifest.Cells[3].RunDirectory(directory);
        Assert.Equal(
            [$"train {manifest.BasePath} --run-dir {Path.GetFullPath(trained)} --set stand_in.gain=2 --set training.steps=40 --set training.seed=1"],
            File.ReadAllLines(Path.Combine(trained, "invocations.log")));
        Assert.Equal(21, RunStatusFile.Read(trained)!.LastReturn);

        var again = await new LocalBackend(manifest, directory, parallel: 2).RunAsync();
        Assert.All(again, r => Assert.Equal(CellLaunch.Skipped, r.Launch));
    }

    [Fact]
    public async Task AFailingCellDoesNotStopTheOthersAndItsLogTellsWhy()
    {
        var (manifest, directory) = Plan("base: base.yaml\naxes:\n  stand_in.fail: [false, true]\nseeds: [0, 1]\nsteps: 40\n");

        var results = await new LocalBackend(manifest, directory, parallel: 2).RunAsync();

        Assert.Equal([RunState.Finished, RunState.Finished, RunState.Failed, RunState.Failed], results.Select(r => r.Status.State));
        Assert.Equal([0, 0, 3, 3], results.Select(r => r.ExitCode ?? -1));
        var failures = CellFailure.Find(manifest, directory, lines: 3);
        Assert.Equal(["stand_in.fail=true/seed=0", "stand_in.fail=true/seed=1"], failures.Select(f => f.Cell.Folder));
        Assert.Equal("the process exited with code 3", failures[0].Message);
        Assert.Equal(["stand-in: diverged at step 0 (stand_in.fail=true)", "== exit code 3"], failures[0].LogTail.TakeLast(2));
        Assert.Equal(0, RunStatusFile.Read(failures[0].Cell.RunDirectory(directory))!.Step);
    }

    [Fact]
    public async Task CancellingTheRunnerStopsTheCellWithACheckpointAndTheNextRunResumesIt()
    {
        var (manifest, directory) = Plan("base: base.yaml\naxes:\n  stand_in.episodes: [8]\n  stand_in.seconds: [0.3]\nseeds: [0]\nsteps: 40\n");
        var cell = manifest.Cells[0].RunDirectory(directory);
        using var stop = new CancellationTokenSource();
        var run = new LocalBackend(manifest, directory, parallel: 1).RunAsync(cancellation: stop.Token);
        await WaitUntil(() => RunStatusFile.Read(cell)?.Step > 0);
        stop.Cancel();

        var result = Assert.Single(await run);

        Assert.Equal(RunState.Stopped, result.Status.State);
        Assert.Equal(0, result.ExitCode);
        var stopped = RunStatusFile.Read(cell)!;
        Assert.Equal(RunState.Stopped, stopped.State);
        Assert.InRange(stopped.Step, 5, 35);
        Assert.Contains("== stop requested: SIGTERM", File.ReadAllText(Path.Combine(cell, MatrixCell.LogFileName)));

        var again = Assert.Single(await new LocalBackend(manifest, directory, parallel: 1).RunAsync());

        Assert.Equal(CellLaunch.Resumed, again.Launch);
        Assert.Equal(RunState.Finished, again.Status.State);
        Assert.Equal(Enumerable.Range(1, 8).Select(e => e.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            File.ReadLines(Path.Combine(cell, "episodes.log")).Select(line => line.Split(' ')[0]));
    }

    [Fact]
    public async Task AChildThatIgnoresTheStopRequestIsKilledAfterTheGraceAndMarkedFailed()
    {
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(folder.Write("m.yaml", "base: base.yaml\nseeds: [0]\n")));
        var manifest = MatrixManifest.Of(plan, new CellCommand(["bash", "-c", "trap '' TERM; echo started > \"$3/started\"; sleep 30"]));
        var directory = Path.Combine(folder.Root, "runs");
        var cell = manifest.Cells[0];
        using var stop = new CancellationTokenSource();
        var run = new CellRunner(manifest, directory) { StopGrace = TimeSpan.FromSeconds(1) }.RunAsync(cell, stop.Token);
        await WaitUntil(() => File.Exists(Path.Combine(cell.RunDirectory(directory), "started")));
        stop.Cancel();

        var result = await run;

        Assert.Equal(RunState.Failed, result.Status.State);
        Assert.Equal("asked to stop, the process did not exit within 1 s and was killed", result.Status.Message);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the cell did not start within 30 s");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task ACellWhoseProgramCannotStartFailsWithTheReason()
    {
        var plan = MatrixPlan.Expand(MatrixFileLoader.Load(folder.Write("m.yaml", "base: base.yaml\nseeds: [0]\n")));
        var manifest = MatrixManifest.Of(plan, new CellCommand([Path.Combine(folder.Root, "no-such-dreamer")]));
        var directory = Path.Combine(folder.Root, "runs");

        var result = Assert.Single(await new LocalBackend(manifest, directory, parallel: 1).RunAsync());

        Assert.Equal(RunState.Failed, result.Status.State);
        Assert.StartsWith($"could not start {Path.Combine(folder.Root, "no-such-dreamer")}:", result.Status.Message);
        Assert.Equal(RunState.Failed, RunStatusFile.Read(result.Cell.RunDirectory(directory))!.State);
    }
}
