using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Device.Tests;

/// <summary>
/// Compares named tensors element by element as <c>allclose</c> does: |a − b| ≤ atol + rtol·|b|. Reports each
/// tensor's largest |a − b| and whether it is within the bound, so a failure names what moved apart.
/// </summary>
internal static class Agreement
{
    public sealed record Entry(string Name, double MaxDifference, bool Within);

    public static IReadOnlyList<Entry> Compare(
        IReadOnlyDictionary<string, Tensor> actual, IReadOnlyDictionary<string, Tensor> expected, double absolute, double relative)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        return expected.Keys.Order().Select(name =>
        {
            using var scope = NewDisposeScope();
            var a = actual[name].to_type(ScalarType.Float64);
            var b = expected[name].to_type(ScalarType.Float64);
            Assert.Equal(b.shape, a.shape);
            var difference = (a - b).abs();
            var maxDifference = difference.numel() == 0 ? 0 : difference.max().item<double>();
            var within = (difference <= absolute + relative * b.abs()).all().item<bool>();
            return new Entry(name, maxDifference, within);
        }).ToList();
    }

    /// <summary>The metrics of an update by name, as <c>metric.NAME</c>.</summary>
    public static IReadOnlyDictionary<string, Tensor> Metrics(UpdateMetrics metrics) =>
        metrics.Entries.ToDictionary(metric => "metric." + metric.Name, metric => metric.Value);
}
