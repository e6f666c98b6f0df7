using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// Sums the metrics of each update on the device and remembers, per loss term, the first update whose value was NaN
/// or infinite, so the host reads everything once per log interval instead of once per update. The names and which of
/// them are loss terms come with the first update added; every later update must carry the same names.
/// </summary>
public sealed class MetricsAccumulator : IDisposable
{
    private IReadOnlyList<string>? names;
    private IReadOnlyList<bool>? isLoss;
    private Tensor? sum;
    private Tensor? firstNonFinite;
    private int count;

    /// <summary>Adds the metrics of update number <paramref name="update"/>.</summary>
    public void Add(UpdateMetrics metrics, long update)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (names is null)
        {
            names = metrics.Names;
            isLoss = metrics.Entries.Select(entry => entry.IsLoss).ToList();
        }
        else if (!names.SequenceEqual(metrics.Names))
        {
            throw new ArgumentException($"update {update} names its metrics {string.Join(", ", metrics.Names)}; earlier updates named {string.Join(", ", names)}.", nameof(metrics));
        }
        using var scope = NewDisposeScope();
        var values = metrics.Stack();                                                 // [M]
        var finite = values.isfinite();                                               // [M]
        var safe = where(finite, values, zeros_like(values));                         // [M]
        var index = full_like(values, update, ScalarType.Int64);                      // [M]
        var nextSum = sum is null ? safe.clone() : sum + safe;
        var noneYet = firstNonFinite is null ? full_like(index, -1) : firstNonFinite;
        var nextFirst = where(noneYet.lt(0) & finite.logical_not(), index, noneYet);  // [M]
        Replace(ref sum, nextSum.DetachFromDisposeScope());
        Replace(ref firstNonFinite, nextFirst.DetachFromDisposeScope());
        count++;
    }

    /// <summary>Updates added since the last <see cref="Drain"/>.</summary>
    public int Count => count;

    /// <summary>The first loss term that was not finite since the last drain, or null (one read from the device).</summary>
    public NonFiniteLoss? FirstFailure()
    {
        if (firstNonFinite is null || names is null || isLoss is null) return null;
        var first = firstNonFinite.cpu().data<long>().ToArray();
        var bad = Enumerable.Range(0, names.Count).Where(i => isLoss[i] && first[i] >= 0).OrderBy(i => first[i]).ToList();
        return bad.Count == 0 ? null : new NonFiniteLoss(names[bad[0]], first[bad[0]]);
    }

    /// <summary>
    /// Reads the means since the last drain and starts over. <paramref name="failure"/> names the first loss term
    /// that was not finite and its update, or is null.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> Drain(out NonFiniteLoss? failure)
    {
        failure = null;
        if (sum is null || firstNonFinite is null || names is null || count == 0) return [];
        var totals = sum.cpu().data<float>().ToArray();
        var means = names.Select((name, i) => new KeyValuePair<string, double>(name, totals[i] / count)).ToList();
        failure = FirstFailure();
        Replace(ref sum, null);
        Replace(ref firstNonFinite, null);
        count = 0;
        return means;
    }

    public void Dispose()
    {
        Replace(ref sum, null);
        Replace(ref firstNonFinite, null);
    }

    private static void Replace(ref Tensor? field, Tensor? value)
    {
        field?.Dispose();
        field = value;
    }
}
