using Dreamer.Host.Cli;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;
using Dreamer.Training.Update;

namespace Dreamer.Host.Tests.Wiring;

[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class NonFiniteLossTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-nan-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void ANaNLossStopsTheRunNamingTheTermAndUpdateAndKeepsTheLastGoodCheckpoint()
    {
        var catalog = new CatalogWith(new HostServices().Catalog([]), typeof(NanAfterKl));
        var composition = TrainingHarness.Load(catalog, "kl.type=test.kl-nan-after", "kl.with.after=30", "training.checkpoint_every=20", "training.log_every=1000");
        var folder = Path.Combine(root, "run");

        var error = Assert.Throws<NonFiniteLossException>(() => TrainingHarness.Train(folder, composition));

        var good = Path.Combine(folder, "checkpoints", "ckpt-000000020");
        Assert.Equal($"loss/kl became NaN or infinite at update 30; training stopped. The last good checkpoint is {good}.", error.Message);
        Assert.Equal(good, new CheckpointStore(folder).Latest());
        var saved = CheckpointStore.Load(good);
        Assert.All(saved.Weights.Values, tensor => Assert.True(tensor.isfinite().all().item<bool>()));
        var status = RunStatusFile.Read(folder)!;
        Assert.Equal(RunState.Failed, status.State);
        Assert.Equal(error.Message, status.Message);
    }
}
