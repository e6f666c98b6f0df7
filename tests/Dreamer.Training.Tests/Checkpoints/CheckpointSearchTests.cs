using Dreamer.Training.Checkpoints;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Checkpoints;

/// <summary>Fault injection on a run's checkpoints: which one a resume takes, what it says, and when it refuses.</summary>
public sealed class CheckpointSearchTests : IDisposable
{
    private readonly string run = Directory.CreateTempSubdirectory("dreamer-search-").FullName;
    private readonly CheckpointStore store;

    public CheckpointSearchTests()
    {
        store = new CheckpointStore(run);
        store.Save(Content(1));
        store.Save(Content(2));
    }

    public void Dispose() => Directory.Delete(run, recursive: true);

    private string Newest => Path.Combine(store.Folder, "ckpt-000000002");

    private string Previous => Path.Combine(store.Folder, "ckpt-000000001");

    private static CheckpointContent Content(long updates) => new(
        new Dictionary<string, Tensor> { ["world_model.w"] = full(new long[] { 2, 3 }, (float)updates) },
        new Dictionary<string, Tensor> { ["model.m.0"] = ones(2, 3) },
        new TrainingCounters { Step = updates * 10, Updates = updates, OptimizerSteps = new Dictionary<string, long> { ["model"] = updates } },
        "training: {}\n");

    [Fact]
    public void AnIntactRunTakesTheCheckpointLatestNames()
    {
        var choice = CheckpointSearch.Newest(store)!;
        Assert.Equal(Newest, choice.Folder);
        Assert.Equal(2, choice.Content.Counters.Updates);
        Assert.Equal([$"taking ckpt-000000002: the newest checkpoint, named by {store.PointerPath}"], choice.Notes);
    }

    [Fact]
    public void ARunWithoutCheckpointsHasNone()
    {
        var empty = Directory.CreateTempSubdirectory("dreamer-search-empty-").FullName;
        try
        {
            Assert.Null(CheckpointSearch.Newest(new CheckpointStore(empty)));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void ADeletedLatestTakesTheNewestCheckpoint()
    {
        File.Delete(store.PointerPath);
        var choice = CheckpointSearch.Newest(store)!;
        Assert.Equal(Newest, choice.Folder);
        Assert.Equal([$"{store.PointerPath} is missing; taking the newest checkpoint that loads", "taking ckpt-000000002: the newest checkpoint that loads"], choice.Notes);
        Assert.Equal(Newest, store.Latest());
    }

    [Fact]
    public void ADanglingLatestTakesTheNewestCheckpoint()
    {
        File.WriteAllText(store.PointerPath, "ckpt-000000009");
        var choice = CheckpointSearch.Newest(store)!;
        Assert.Equal(Newest, choice.Folder);
        Assert.Equal($"{store.PointerPath} names ckpt-000000009, which is missing; taking the newest checkpoint that loads", choice.Notes[0]);
        Assert.Equal(Newest, store.Latest());
    }

    [Fact]
    public void AGarbageLatestTakesTheNewestCheckpoint()
    {
        File.WriteAllBytes(store.PointerPath, [.. Enumerable.Range(0, 64).Select(i => (byte)(i * 37 + 11))]);
        var choice = CheckpointSearch.Newest(store)!;
        Assert.Equal(Newest, choice.Folder);
        Assert.Equal($"{store.PointerPath} holds no checkpoint name; taking the newest checkpoint that loads", choice.Notes[0]);
    }

    [Fact]
    public void ALatestPointingOutsideTheRunFolderIsNotFollowed()
    {
        var outside = Path.Combine(run, "elsewhere");
        new CheckpointStore(outside).Save(Content(7));
        File.WriteAllText(store.PointerPath, "../elsewhere/checkpoints/ckpt-000000007");
        var choice = CheckpointSearch.Newest(store)!;
        Assert.Equal(Newest, choice.Folder);
        Assert.Equal(2, choice.Content.Counters.Updates);
        Assert.Equal($"{store.PointerPath} points outside the run folder (../elsewhere/checkpoints/ckpt-000000007); it is not followed; taking the newest checkpoint that loads", choice.Notes[0]);
        Assert.Equal(Newest, store.Latest());
    }

    [Fact]
    public void TruncatedWeightsAreSkippedForThePreviousCheckpoint()
    {
        var weights = Path.Combine(Newest, "weights.pt");
        var bytes = File.ReadAllBytes(weights);
        File.WriteAllBytes(weights, bytes[..(bytes.Length / 2)]);
        var choice = CheckpointSearch.Newest(store)!;
        Assert.Equal(Previous, choice.Folder);
        Assert.Equal(1, choice.Content.Counters.Updates);
        Assert.StartsWith($"skipping ckpt-000000002: {weights} is not a readable PyTorch state dictionary (", choice.Notes[0]);
        Assert.Equal("taking ckpt-000000001: the newest checkpoint that loads", choice.Notes[1]);
    }

    [Fact]
    public void ZeroedWeightsAreSkippedForThePreviousCheckpoint()
    {
        var weights = Path.Combine(Newest, "weights.pt");
        File.WriteAllBytes(weights, new byte[new FileInfo(weights).Length]);
        var choice = CheckpointSearch.Newest(store)!;
        Assert.Equal(Previous, choice.Folder);
        Assert.StartsWith($"skipping ckpt-000000002: {weights} is not a readable PyTorch state dictionary (", choice.Notes[0]);
    }

    [Theory]
    [InlineData("{}", "it has no Step or Updates")]
    [InlineData("""{"Step": 20, "Updates": -3}""", "Updates is negative (-3)")]
    [InlineData("""{"Step": 1000000000000, "Updates": 2}""", "Step is 1000000000000, more than any run reaches")]
    [InlineData("""{"Step": 20, "Updates": 2, "OptimizerSteps": {"model": -1}}""", "OptimizerSteps.model is negative (-1)")]
    [InlineData("[1, 2]", "it is not a JSON object")]
    public void NonsenseCountersAreSkippedForThePreviousCheckpoint(string json, string problem)
    {
        var counters = Path.Combine(Newest, "counters.json");
        File.WriteAllText(counters, json);
        var choice = CheckpointSearch.Newest(store)!;
        Assert.Equal(Previous, choice.Folder);
        Assert.Equal($"skipping ckpt-000000002: {counters}: {problem}", choice.Notes[0]);
    }

    [Fact]
    public void WhenNoCheckpointLoadsTheSearchRefusesNamingEveryFile()
    {
        File.WriteAllText(Path.Combine(Newest, "weights.pt"), "torn");
        File.Delete(Path.Combine(Previous, "optimizers.pt"));
        var error = Assert.Throws<InvalidDataException>(() => CheckpointSearch.Newest(store));
        Assert.StartsWith($"no checkpoint in {store.Folder} loads: {Path.Combine(Newest, "weights.pt")} is not a readable PyTorch state dictionary (", error.Message);
        Assert.EndsWith($"; {Path.Combine(Previous, "optimizers.pt")} is missing", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ACheckpointTheAgentRefusesIsSkipped()
    {
        var choice = CheckpointSearch.Newest(store, content =>
        {
            if (content.Counters.Updates == 2) throw new InvalidDataException("the checkpoint has no tensor 'x'");
        })!;
        Assert.Equal(Previous, choice.Folder);
        Assert.Equal("skipping ckpt-000000002: the checkpoint has no tensor 'x'", choice.Notes[0]);
    }

    [Fact]
    public void PruningLeavesANewerBrokenCheckpointAndKeepsTheTwoBeforeTheSavedOne()
    {
        var broken = Path.Combine(store.Folder, "ckpt-000000009");
        Directory.CreateDirectory(broken);
        File.WriteAllText(Path.Combine(broken, "weights.pt"), "torn");
        store.Save(Content(3));
        var names = Directory.GetDirectories(store.Folder).Select(d => Path.GetFileName(d)!).Order().ToArray();
        Assert.Equal(["ckpt-000000002", "ckpt-000000003", "ckpt-000000009"], names);
        var choice = CheckpointSearch.Newest(store)!;
        Assert.EndsWith("ckpt-000000003", choice.Folder);
    }
}
