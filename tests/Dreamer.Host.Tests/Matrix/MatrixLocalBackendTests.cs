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
        Directory.CreateDirectory(Path.Combine(interrupted, "checkpoints", "step-20"));
        File.WriteAllText(Path.Combine(interrupted, "checkpoints", "latest"), "step-20");

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
