using Dreamer.Modules.Layers;
using Dreamer.Tests.Support;
using Dreamer.Training.Update;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Update;

/// <summary>
/// training.precision: the tiny agent trained for 50 updates on the same seed and batches in float32 and in bfloat16.
/// The figures printed here are the ones docs/performance.md reports.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class PrecisionComparisonTests(ITestOutputHelper output)
{
    private const int Updates = 50;
    private static readonly string[] Reported = ["loss/model", "loss/image", "loss/reward", "loss/kl", "loss/actor", "loss/critic"];

    [Fact]
    public void Bfloat16LossesFollowFloat32OnTheSameSeedAndBatches()
    {
        var full = Train(ComputePrecision.Float32);
        var low = Train(ComputePrecision.Bfloat16);
        Assert.NotEqual(full, low);
        output.WriteLine($"{Updates} updates of the tests' tiny composition (batch 4 × 8, 1×64×64), seed 11, CPU");
        output.WriteLine("metric | float32 mean of last 10 | bfloat16 mean of last 10 | max |Δ| over all updates | max |Δ| / |float32|");
        foreach (var name in Reported)
        {
            var a = full.Select(m => m[name]).ToArray();
            var b = low.Select(m => m[name]).ToArray();
            var lastA = a[^10..].Average();
            var lastB = b[^10..].Average();
            var maxDelta = a.Zip(b).Max(p => Math.Abs(p.First - p.Second));
            var maxRelative = a.Zip(b).Max(p => Math.Abs(p.First - p.Second) / Math.Max(Math.Abs(p.First), 1e-6));
            output.WriteLine($"{name} | {lastA:G6} | {lastB:G6} | {maxDelta:G3} | {maxRelative:P2}");
            Assert.All(b, value => Assert.True(double.IsFinite(value), $"{name} became {value} in bfloat16"));
            if (name is "loss/model" or "loss/image") Assert.True(Math.Abs(lastA - lastB) < 0.05 * Math.Abs(lastA), $"{name}: {lastA} vs {lastB}");
        }
    }

    private static List<Dictionary<string, double>> Train(ComputePrecision precision)
    {
        manual_seed(11);
        using var agent = TinyAgent.Build();
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU, precision);
        var metrics = new List<Dictionary<string, double>>();
        for (var update = 0; update < Updates; update++)
        {
            using var scope = NewDisposeScope();
            var values = step.Update(TinyAgent.Batch(200 + update % 10), update);
            metrics.Add(values.Entries.ToDictionary(metric => metric.Name, metric => (double)metric.Value.to_type(ScalarType.Float32).item<float>()));
        }
        return metrics;
    }
}
