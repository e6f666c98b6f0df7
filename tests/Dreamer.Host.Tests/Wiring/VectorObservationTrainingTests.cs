using Dreamer.Abstractions.Environments;
using Dreamer.Host.Cli;
using Dreamer.Host.Wiring;
using Dreamer.Tests.Support;
using Dreamer.Training.Logging;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// A float32 vector environment trains through the real pipeline (dreamerv2.md §1, §3, §7.3) with the MLP encoder and
/// decoder: float episodes on disk under <c>vector</c>, replayed, trained on, shown in the open-loop video, and loaded
/// back when the run resumes.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class VectorObservationTrainingTests : IDisposable
{
    private static readonly string[] Overrides =
    [
        "environment.type=test.vector", "encoder.type=encoder.mlp", "encoder.with.layers=1", "encoder.with.units=16",
        "decoder.type=decoder.mlp", "decoder.with.layers=1", "decoder.with.units=16",
        "training.eval_every=150", "training.checkpoint_every=100", "training.log_every=10",
    ];

    private readonly string root = Directory.CreateTempSubdirectory("dreamer-vector-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void AVectorEnvironmentTrainsStoresFloatEpisodesAndResumesFromThem()
    {
        var catalog = new CatalogWith(new HostServices().Catalog([]), typeof(VectorEnvironment));
        var folder = new RunFolder(Path.Combine(root, "run"));

        var counters = TrainingHarness.Train(folder.Root, TrainingHarness.Load(catalog, [.. Overrides, "training.steps=300"]));

        Assert.Equal(300, counters.Step);
        Assert.True(counters.Updates > 80, $"expected an update every other step after prefill, got {counters.Updates}");
        var files = Directory.GetFiles(folder.Episodes, "*.npz");
        Assert.NotEmpty(files);
        using (var stream = File.OpenRead(files[0]))
        {
            var arrays = NpzFile.Read(stream);
            Assert.Equal(NpyArray.Float32, arrays[EpisodeFile.VectorKey].Descriptor);
            Assert.False(arrays.ContainsKey(EpisodeFile.ImageKey));
        }
        var episode = EpisodeFile.Read(files[0]);
        Assert.Equal(ElementType.Float32, episode.ObservationType);
        Assert.Equal([3], episode.ObservationShape);
        Assert.Contains(((float[])episode.ObservationValues).Where((_, i) => i % 3 == 0), position => position != 0f && position != MathF.Round(position));
        var metrics = MetricsLog.Read(folder.Metrics);
        var imageLosses = metrics.Where(r => r.Scalars.ContainsKey("loss/image")).Select(r => r.Scalars["loss/image"]).ToList();
        Assert.NotEmpty(imageLosses);
        Assert.All(imageLosses, loss => Assert.True(double.IsFinite(loss), $"loss/image {loss}"));
        Assert.Contains(metrics, r => r.Scalars.ContainsKey("return/eval"));
        Assert.NotEmpty(Directory.GetFiles(folder.Videos, "open-loop-*.gif"));
        Assert.Contains(
            "recorded:\n  environment:\n    observation:\n      kind: box\n      dtype: float32\n      shape: [3]\n      low: -10\n      high: 10\n    action:\n      kind: discrete\n      count: 3\n",
            File.ReadAllText(folder.Composition).ReplaceLineEndings("\n"));

        var stored = files.Length;
        var resumed = TrainingHarness.Train(folder.Root, TrainingHarness.Load(catalog, [.. Overrides, "training.steps=400"]));

        Assert.Equal(400, resumed.Step);
        Assert.True(resumed.Updates > counters.Updates);
        Assert.True(Directory.GetFiles(folder.Episodes, "*.npz").Length > stored);
        Assert.Empty(Directory.GetDirectories(folder.Episodes, EpisodeStore.CorruptFolder));
    }

    [Fact]
    public void TheNetworkCheckUpdatesOnFloatObservationsAndTheMemoryEstimateCountsFourBytesAValue()
    {
        var catalog = new CatalogWith(new HostServices().Catalog([]), typeof(VectorEnvironment));
        var composition = TrainingHarness.Load(catalog, [.. Overrides, "training.steps=1000", "replay.capacity=500"]);

        var check = new NetworkCheck(new HostServices().Factory()).Check(composition);

        Assert.True(check.IsValid, string.Join("\n", check.Errors));
        Assert.Equal(ElementType.Float32, check.Size!.Observation.ElementType);
        var estimate = MemoryEstimate.Of(composition, check.Size);
        Assert.Equal(500, estimate.ReplaySteps);
        Assert.Equal(ReplayMemory.Bytes(500, [3], check.Size.Action.Size, ElementType.Float32), estimate.ReplayBytes);
        Assert.Equal(500 * 3 * (sizeof(float) - sizeof(byte)), estimate.ReplayBytes - ReplayMemory.Bytes(500, [3], check.Size.Action.Size));
    }
}
