using System.Diagnostics;
using Dreamer.Tests.Support;
using Dreamer.Training.Update;
using Dreamer.Training.WorldModels;
using TorchSharp;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>200 tiny world-model updates, one dispose scope each: live tensors return to baseline, RSS stays flat.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class MemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void TwoHundredUpdatesLeakNoTensorsAndKeepRssFlat()
    {
        manual_seed(0);
        var model = TestWorldModels.TinyVector(observationSize: 5, actions: 2);
        var reference = ReferenceBatch.Create();
        var batch = reference with
        {
            Observation = randn(ReferenceBatch.Time, ReferenceBatch.BatchSize, 5),            // [T, B, N]
            Action = reference.Action.to_type(ScalarType.Float32),
            Reward = reference.Reward.to_type(ScalarType.Float32),
        };
        Update(model, batch);                                                            // creates the optimizer state
        var baseline = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        long rssAt50 = 0;

        for (var update = 1; update <= 200; update++)
        {
            Update(model, batch);
            if (update == 50) rssAt50 = Rss();
        }

        var rssAt200 = Rss();
        output.WriteLine($"live tensors {baseline} → {DisposeScopeManager.Statistics.ThreadTotalLiveCount}; RSS {rssAt50 >> 20} MB at 50 → {rssAt200 >> 20} MB at 200");
        Assert.Equal(baseline, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
        Assert.True(rssAt200 - rssAt50 < 20L << 20, $"RSS grew from {rssAt50 >> 20} MB to {rssAt200 >> 20} MB");
    }

    private static void Update(WorldModel model, Batch batch)
    {
        using var scope = NewDisposeScope();
        var update = model.Train(batch);
        Assert.True(float.IsFinite(update.Loss.Total.item<float>()));
    }

    private static long Rss()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}
