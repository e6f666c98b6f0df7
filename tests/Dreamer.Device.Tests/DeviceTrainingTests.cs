using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Device.Tests;

/// <summary>
/// Training on the test device (<see cref="TestDevice"/>: CUDA when available): repeated full updates
/// (dreamerv2.md §1 step 4) on one replayed batch keep every metric finite, leave the metrics on the device, and
/// lower the world-model loss.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DeviceTrainingTests(ITestOutputHelper output)
{
    [Fact]
    public void RepeatedUpdatesOnOneBatchLowerTheModelLossOnTheTestDevice()
    {
        var device = TestDevice.Get();
        using var scope = NewDisposeScope();
        using var agent = TinyAgent.Build(weightSeed: 1, noiseSeed: 7);
        agent.To(device);
        var batch = TinyAgent.Batch(length: 8, batch: 4, seed: 3);
        using var step = new TrainingStep(agent.Model, agent.Learner, device);

        var losses = new List<float>();
        for (var update = 0; update < 6; update++)
        {
            using var updateScope = NewDisposeScope();
            var metrics = step.Update(batch, update);                               // on the device
            var stacked = metrics.Stack();                                          // [M]
            Assert.Equal(device.type, stacked.device.type);
            var values = stacked.cpu().data<float>().ToArray();
            Assert.All(values, value => Assert.True(float.IsFinite(value), $"update {update}: {string.Join(", ", values)}"));
            losses.Add(metrics["loss/model"].cpu().item<float>());
        }

        output.WriteLine($"device {device}: model loss {string.Join(" → ", losses.Select(l => l.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.True(losses[^1] < losses[0], $"model loss did not fall on {device}: {string.Join(", ", losses)}");
    }
}
