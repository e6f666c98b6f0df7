using Dreamer.Training.Checkpoints;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Checkpoints;

public sealed class CheckpointStoreTests : IDisposable
{
    private readonly string run = Directory.CreateTempSubdirectory("dreamer-ckpt-").FullName;

    public void Dispose() => Directory.Delete(run, recursive: true);

    private static CheckpointContent Content(long updates, float value) => new(
        new Dictionary<string, Tensor> { ["world_model.rssm.weight"] = full(new long[] { 2, 3 }, value), ["behavior.actor.bias"] = arange(4).to_type(ScalarType.Float32) },
        new Dictionary<string, Tensor> { ["model.m.0"] = ones(2, 3) * value },
        new TrainingCounters { Step = updates * 16, Updates = updates, Episodes = 3, TrainEveryLast = updates * 16 - 4, OptimizerSteps = new Dictionary<string, long> { ["model"] = updates } },
        "world_model:\n  hidden: 8\n");

    [Fact]
    public void SavedCheckpointLoadsBackExactly()
    {
        var store = new CheckpointStore(run);
        Assert.Null(store.Latest());
        store.Save(Content(100, 1.5f));
        var loaded = CheckpointStore.Load(store.Latest()!);
        Assert.Equal(new float[] { 1.5f, 1.5f, 1.5f, 1.5f, 1.5f, 1.5f }, loaded.Weights["world_model.rssm.weight"].data<float>().ToArray());
        Assert.Equal(new long[] { 2, 3 }, loaded.Weights["world_model.rssm.weight"].shape);
        Assert.Equal(new float[] { 0, 1, 2, 3 }, loaded.Weights["behavior.actor.bias"].data<float>().ToArray());
        Assert.Equal(1.5f, loaded.OptimizerState["model.m.0"][0, 0].item<float>());
        Assert.Equal(100, loaded.Counters.Updates);
        Assert.Equal(1596, loaded.Counters.TrainEveryLast);
        Assert.Equal(100, loaded.Counters.OptimizerSteps["model"]);
        Assert.Equal("world_model:\n  hidden: 8\n", loaded.Composition);
    }

    [Fact]
    public void KeepsTheTwoNewestAndPointsLatestAtTheLast()
    {
        var store = new CheckpointStore(run);
        store.Save(Content(1, 1));
        store.Save(Content(2, 2));
        store.Save(Content(3, 3));
        var names = Directory.GetDirectories(store.Folder).Select(d => Path.GetFileName(d)!).Order().ToArray();
        Assert.Equal(new[] { "ckpt-000000002", "ckpt-000000003" }, names);
        Assert.EndsWith("ckpt-000000003", store.Latest());
    }

    [Fact]
    public void AHalfWrittenCheckpointIsIgnoredAndRemovedByTheNextSave()
    {
        var store = new CheckpointStore(run);
        store.Save(Content(1, 1));
        Directory.CreateDirectory(Path.Combine(store.Folder, "ckpt-000000002.partial"));
        File.WriteAllText(Path.Combine(store.Folder, "ckpt-000000002.partial", "weights.pt"), "torn");
        Assert.EndsWith("ckpt-000000001", store.Latest());
        store.Save(Content(3, 3));
        Assert.False(Directory.Exists(Path.Combine(store.Folder, "ckpt-000000002.partial")));
    }

    [Fact]
    public void AKeptCheckpointOutlivesPruningAndIsNotResumedFrom()
    {
        var store = new CheckpointStore(run);
        var kept = store.KeepAt(store.Save(Content(1, 1)), 25_000);
        store.Save(Content(2, 2));
        store.Save(Content(3, 3));
        store.Save(Content(4, 4));
        Assert.Equal(Path.Combine(store.Folder, "kept", "step-000025000"), kept);
        Assert.Equal(new long[] { 25_000 }, store.KeptSteps());
        Assert.Equal(1, CheckpointStore.Load(store.KeptPath(25_000)).Counters.Updates);
        Assert.Equal(1f, CheckpointStore.Load(kept).Weights["world_model.rssm.weight"][0, 0].item<float>());
        Assert.EndsWith("ckpt-000000004", store.Latest());
        Assert.Equal(new[] { "ckpt-000000003", "ckpt-000000004" }, store.Complete().Select(d => Path.GetFileName(d)!).ToArray());
    }

    [Fact]
    public void KeepingAStepAgainReplacesItsCopyAndStepsListInOrder()
    {
        var store = new CheckpointStore(run);
        store.KeepAt(store.Save(Content(5, 5)), 50_000);
        store.KeepAt(store.Save(Content(1, 1)), 25_000);
        store.KeepAt(store.Save(Content(2, 2)), 25_000);
        Assert.Equal(new long[] { 25_000, 50_000 }, store.KeptSteps());
        Assert.Equal(2, CheckpointStore.Load(store.KeptPath(25_000)).Counters.Updates);
        Assert.Empty(Directory.GetDirectories(Path.Combine(store.Folder, "kept"), "*.partial"));
    }
}
