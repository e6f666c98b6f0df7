using Dreamer.Host.Cli;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;
using Dreamer.Training.Update;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>A loss term that stays finite but grows by a million times stops the run as a NaN does (training.divergence).</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class DivergenceTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-divergence-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void ALossThatGrowsAMillionfoldFailsTheRunNamingTheTermAndKeepsTheLastGoodCheckpoint()
    {
        var catalog = new CatalogWith(new HostServices().Catalog([]), typeof(BlowUpAfterKl));
        var composition = TrainingHarness.Load(catalog, "kl.type=test.kl-blow-up-after", "kl.with.after=30", "training.checkpoint_every=20", "training.log_every=1000");
        var folder = Path.Combine(root, "run");

        var error = Assert.Throws<NonFiniteLossException>(() => TrainingHarness.Train(folder, composition));

        var good = Path.Combine(folder, "checkpoints", "ckpt-000000020");
        Assert.StartsWith("loss/kl diverged to a magnitude of ", error.Message, StringComparison.Ordinal);
        Assert.Contains(" at update 30 (the limit was ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"training stopped. The last good checkpoint is {good}.", error.Message, StringComparison.Ordinal);
        Assert.Equal(good, new CheckpointStore(folder).Latest());
        var status = RunStatusFile.Read(folder)!;
        Assert.Equal(RunState.Failed, status.State);
        Assert.Equal(error.Message, status.Message);
    }
}
