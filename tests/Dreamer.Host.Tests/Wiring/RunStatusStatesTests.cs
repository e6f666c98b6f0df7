using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Wiring;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Loop;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// status.json tells how a run ended: finished at the budget, stopped after a stop request (with a checkpoint that a
/// resume continues, wall time included), failed with the message of any exception that escapes the loop.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class RunStatusStatesTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-status-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void AnEnvironmentThatThrowsLeavesAFailedStatusWithItsMessage()
    {
        var catalog = new CatalogWith(new HostServices().Catalog([]), typeof(CrashingEnvironment));
        var composition = TrainingHarness.Load(catalog, "environment.type=test.crashing", "environment.with.after=150", "training.eval_every=1000");
        var folder = Path.Combine(root, "run");

        var error = Assert.Throws<InvalidOperationException>(() => TrainingHarness.Train(folder, composition));

        Assert.Equal("test.crashing 0: the simulator crashed at step 150", error.Message);
        var status = RunStatusFile.Read(folder)!;
        Assert.Equal(RunState.Failed, status.State);
        Assert.Equal(error.Message, status.Message);
        Assert.InRange(status.Step, 100, 149);
        Assert.Equal("cpu", status.Device);
        Assert.True(status.WallSeconds > 0, $"wall_seconds {status.WallSeconds}");
    }

    [Fact]
    public void AStopRequestLeavesAStoppedStatusAndTheResumeFinishesWithTheWallTimeOfBoth()
    {
        var composition = TrainingHarness.Load(null, "training.eval_every=1000");
        var folder = Path.Combine(root, "run");
        using var stop = new CancellationTokenSource();

        var stoppedCounters = Train(folder, composition, new StopAt(200, stop), stop.Token);

        var stopped = RunStatusFile.Read(folder)!;
        Assert.Equal(RunState.Stopped, stopped.State);
        Assert.Equal("stopped on request; continue with dreamer resume", stopped.Message);
        Assert.InRange(stopped.Step, 200, 399);
        Assert.Equal(stoppedCounters.Step, stopped.Step);
        var checkpoint = CheckpointStore.Load(new CheckpointStore(folder).Latest()!).Counters;
        Assert.Equal(stopped.Step, checkpoint.Step);
        Assert.True(checkpoint.WallSeconds > 0);
        Assert.InRange(stopped.WallSeconds!.Value, checkpoint.WallSeconds - 0.001, checkpoint.WallSeconds + 5);

        var finishedCounters = Train(folder, composition, new StopAt(long.MaxValue, stop), CancellationToken.None);

        var finished = RunStatusFile.Read(folder)!;
        Assert.Equal(RunState.Finished, finished.State);
        Assert.Equal(400, finished.Step);
        Assert.Equal("cpu", finished.Device);
        Assert.True(finished.WallSeconds > stopped.WallSeconds, $"wall_seconds {finished.WallSeconds} after {stopped.WallSeconds} before the resume");
        Assert.True(finishedCounters.WallSeconds > checkpoint.WallSeconds);
    }

    private static TrainingCounters Train(string folder, ResolvedComposition composition, ITrainingObserver observer, CancellationToken cancellation)
    {
        using var run = TrainingRun.ForTraining(composition, new HostServices().Factory());
        return run.Train(new RunFolder(folder), observer, cancellation);
    }

    /// <summary>Requests a stop once the run reports <paramref name="step"/> agent steps.</summary>
    private sealed class StopAt(long step, CancellationTokenSource stop) : ITrainingObserver
    {
        public void Progress(TrainingSnapshot snapshot)
        {
            if (snapshot.Step >= step) stop.Cancel();
        }

        public void Message(string text)
        {
        }
    }
}
