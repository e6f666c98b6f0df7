using Dreamer.Tests.Support;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Update;

/// <summary>Updates through the reused staging buffers give bit-identical results to fresh per-batch tensors.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class StagedUpdateTests
{
    private const int Updates = 4;

    [Fact]
    public void StagedAndFreshBatchesGiveIdenticalMetricsAndWeights()
    {
        var (stagedMetrics, stagedWeights, handles) = Run(staged: true);
        var (freshMetrics, freshWeights, _) = Run(staged: false);
        Assert.Single(handles.Distinct());
        for (var i = 0; i < Updates; i++) Assert.True(stagedMetrics[i].eq(freshMetrics[i]).all().item<bool>(), $"update {i} differs");
        Assert.Equal(freshWeights.Count, stagedWeights.Count);
        Assert.All(freshWeights.Zip(stagedWeights), pair => Assert.True(pair.First.eq(pair.Second).all().item<bool>()));
    }

    private static (List<Tensor> Metrics, List<Tensor> Weights, List<IntPtr> Handles) Run(bool staged)
    {
        manual_seed(3);
        using var agent = TinyAgent.Build();
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU);
        var metrics = new List<Tensor>();
        var handles = new List<IntPtr>();
        for (var update = 0; update < Updates; update++)
        {
            var batch = TinyAgent.Batch(100 + update);
            var device = staged ? step.ToDevice(batch) : BatchStagingTests.Fresh(batch);
            handles.Add(device.Observation.Handle);
            metrics.Add(step.Update(device, update).Stack());
        }
        var weights = agent.WorldModel.parameters().Concat(agent.BehaviorModule.parameters()).Select(p => p.detach().clone()).ToList();
        return (metrics, weights, handles);
    }
}
