using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Device.Tests;

/// <summary>
/// One full update (dreamerv2.md §1 step 4: world model, actor, critic through <see cref="TrainingStep"/>)
/// from the same weights, the same replayed batch and the same sampling noise: two CPU copies agree exactly; a copy
/// on CUDA agrees with the CPU to 1e-4 (float32, TF32 off) in every loss and every parameter after the step.
/// </summary>
public sealed class FullUpdateAgreementTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void TwoCopiesFromOneStateDictGiveIdenticalUpdatesOnTheCpu()
    {
        using var scope = NewDisposeScope();
        using var first = TinyAgent.Build(weightSeed: 1, noiseSeed: 7);
        using var second = TinyAgent.Build(weightSeed: 2, noiseSeed: 7);
        Assert.Contains(Agreement.Compare(second.State(), first.State(), 0, 0), entry => !entry.Within);
        second.LoadFrom(first);
        var initial = first.State();
        var batch = TinyAgent.Batch(length: 8, batch: 4, seed: 3);

        var firstMetrics = first.Update(batch, CPU);
        var secondMetrics = second.Update(batch, CPU);

        Assert.Equal(first.Noise.Draws, second.Noise.Draws);
        var entries = Agreement.Compare(Merge(secondMetrics, second), Merge(firstMetrics, first), 0, 0);
        Report(entries);
        Assert.All(entries, entry => Assert.True(entry.MaxDifference == 0, $"{entry.Name}: max |diff| {entry.MaxDifference:E3}, expected 0"));
        var moved = Agreement.Compare(first.State(), initial, 0, 0).Where(entry => !entry.Within).Select(entry => entry.Name).ToList();
        Assert.Contains(moved, name => name.StartsWith("world_model.encoder", StringComparison.Ordinal));
        Assert.Contains(moved, name => name.StartsWith("behavior.actor", StringComparison.Ordinal));
        Assert.Contains(moved, name => name.StartsWith("behavior.critic", StringComparison.Ordinal));
    }

    [Fact]
    public void OtherNoiseGivesOtherLosses()
    {
        using var scope = NewDisposeScope();
        using var first = TinyAgent.Build(weightSeed: 1, noiseSeed: 7);
        using var second = TinyAgent.Build(weightSeed: 2, noiseSeed: 8);
        second.LoadFrom(first);
        var batch = TinyAgent.Batch(length: 8, batch: 4, seed: 3);

        var entries = Agreement.Compare(Agreement.Metrics(second.Update(batch, CPU)), Agreement.Metrics(first.Update(batch, CPU)), 0, 0);

        Assert.Contains(entries, entry => entry.Name == "metric.loss/image" && !entry.Within);
    }

    [Fact]
    public void AnUpdateOnCudaAgreesWithTheCpu()
    {
        var device = TestDevice.Get();
        Assert.SkipUnless(TestDevice.IsCuda(device),
            $"the test device is {device} (torch.cuda.is_available() = {cuda.is_available()}); this comparison needs CUDA: " +
            $"run it where CUDA is available, or with {TestDevice.EnvironmentVariable}=cuda");
        var matmulTf32 = backends.cuda.matmul.allow_tf32;
        var cudnnTf32 = backends.cudnn.allow_tf32;
        backends.cuda.matmul.allow_tf32 = false;
        backends.cudnn.allow_tf32 = false;
        try
        {
            using var scope = NewDisposeScope();
            using var reference = TinyAgent.Build(weightSeed: 1, noiseSeed: 7);
            using var onDevice = TinyAgent.Build(weightSeed: 2, noiseSeed: 7);
            onDevice.LoadFrom(reference);
            onDevice.To(device);
            var batch = TinyAgent.Batch(length: 8, batch: 4, seed: 3);

            var cpuMetrics = reference.Update(batch, CPU);
            var deviceMetrics = onDevice.Update(batch, device);

            Assert.Equal(reference.Noise.Draws, onDevice.Noise.Draws);
            Assert.Equal(device.type, onDevice.Model.parameters().First().device.type);
            var entries = Agreement.Compare(Merge(deviceMetrics, onDevice), Merge(cpuMetrics, reference), Tolerance, Tolerance);
            Report(entries);
            var outside = entries.Where(entry => !entry.Within).Select(entry => $"{entry.Name} (max |diff| {entry.MaxDifference:E3})").ToList();
            Assert.True(outside.Count == 0, $"beyond {Tolerance} + {Tolerance}·|cpu|: {string.Join(", ", outside)}");
        }
        finally
        {
            backends.cuda.matmul.allow_tf32 = matmulTf32;
            backends.cudnn.allow_tf32 = cudnnTf32;
        }
    }

    private static Dictionary<string, Tensor> Merge(UpdateMetrics metrics, TinyAgent agent) =>
        Agreement.Metrics(metrics).Concat(agent.State()).ToDictionary(entry => entry.Key, entry => entry.Value);

    private void Report(IReadOnlyList<Agreement.Entry> entries)
    {
        var worst = entries.MaxBy(entry => entry.MaxDifference)!;
        output.WriteLine($"{entries.Count} tensors compared; largest |diff| {worst.MaxDifference:E3} in {worst.Name}");
        foreach (var entry in entries.Where(entry => entry.Name.StartsWith("metric.", StringComparison.Ordinal)))
        {
            output.WriteLine($"  {entry.Name}: max |diff| {entry.MaxDifference:E3}");
        }
    }
}
