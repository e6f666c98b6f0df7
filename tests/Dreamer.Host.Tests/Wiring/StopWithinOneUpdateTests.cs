using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// A stop requested during an update is honoured when that update ends, in pretraining and in the middle of a long
/// train phase; the stop checkpoint keeps the phase's pending updates, and the resumed run makes exactly the updates of
/// an uninterrupted one. Pretraining checkpoints on the update cadence.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class StopWithinOneUpdateTests : IDisposable
{
    // Phases of 40 updates every 50 agent steps: the first phase runs updates 3..42 (after 1 + 2 pretraining updates).
    private static readonly string[] LongPhases =
        ["kl.type=test.kl-stop-after", "training.train_every=50", "training.train_steps=40", "training.steps=300", "training.eval_episodes=0", "training.checkpoint_every=1000"];

    private readonly string root = Directory.CreateTempSubdirectory("dreamer-stop-update-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void AStopInTheMiddleOfATrainPhaseEndsAfterThatUpdateAndTheResumeMakesTheRemainingOnes()
    {
        var uninterrupted = Train("uninterrupted", after: -1, LongPhases);

        var folder = Path.Combine(root, "stopped");
        var stopped = Train("stopped", after: 10, LongPhases);

        Assert.Equal(11, stopped.Updates);
        Assert.Equal(RunState.Stopped, RunStatusFile.Read(folder)!.State);
        var saved = CheckpointStore.Load(new CheckpointStore(folder).Latest()!).Counters;
        Assert.Equal(11, saved.Updates);
        Assert.Equal(43 - 11, saved.PendingUpdates);
        Assert.True(saved.Pretrained);

        var resumed = Train("stopped", after: -1, LongPhases);

        Assert.Equal(uninterrupted.Step, resumed.Step);
        Assert.Equal(uninterrupted.Updates, resumed.Updates);
        Assert.Equal(0, resumed.PendingUpdates);
    }

    [Fact]
    public void AStopDuringPretrainingEndsAfterThatUpdateWithTheCadenceCheckpointsKept()
    {
        string[] longPretraining = ["kl.type=test.kl-stop-after", "training.pretrain=30", "training.checkpoint_every=10", "training.eval_episodes=0"];
        var folder = Path.Combine(root, "pretraining");

        var stopped = Train("pretraining", after: 25, longPretraining);

        Assert.Equal(26, stopped.Updates);
        Assert.False(stopped.Pretrained);
        var names = Directory.GetDirectories(new CheckpointStore(folder).Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["ckpt-000000020", "ckpt-000000026"], names);                  // update 20's from the cadence; the store keeps two
        var saved = CheckpointStore.Load(new CheckpointStore(folder).Latest()!).Counters;
        Assert.Equal(26, saved.Updates);
        Assert.False(saved.Pretrained);
    }

    private TrainingCounters Train(string name, int after, string[] overrides)
    {
        using var stop = new CancellationTokenSource();
        var catalog = new CatalogWith(new HostServices().Catalog([]), typeof(StopAfterKl));
        ResolvedComposition composition = TrainingHarness.Load(catalog, [.. overrides, $"kl.with.after={after}"]);
        var factory = new ComponentFactory(new ServiceCollection().AddSingleton(stop).BuildServiceProvider());
        return TrainingHarness.Train(Path.Combine(root, name), composition, factory, stop.Token);
    }
}
