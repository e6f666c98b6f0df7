using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// Sums the per-update metric tensors on the device and remembers, per loss term, the first update whose value was
/// NaN or infinite, so the host reads everything once per log interval instead of once per update.
/// </summary>
public sealed class MetricsAccumulator : IDisposable
{
    private readonly IReadOnlyList<string> names;
    private readonly int lossTerms;
    private Tensor? sum;
    private Tensor? firstNonFinite;
    private int count;

    public MetricsAccumulator(IReadOnlyList<string> names, int lossTerms)
    {
        this.names = names;
        this.lossTerms = lossTerms;
    }

    /// <summary>Adds the metrics <c>[M]</c> of update number <paramref name="update"/>.</summary>
    public void Add(Tensor metrics, long update)
    {
        using var scope = NewDisposeScope();
        var finite = metrics.isfinite();                                             // [M]
        var safe = where(finite, metrics, zeros_like(metrics));                       // [M]
        var index = full_like(metrics, update, ScalarType.Int64);                     // [M]
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
        if (firstNonFinite is null) return null;
        var first = firstNonFinite.cpu().data<long>().ToArray();
        var bad = Enumerable.Range(0, lossTerms).Where(i => first[i] >= 0).OrderBy(i => first[i]).ToList();
        return bad.Count == 0 ? null : new NonFiniteLoss(names[bad[0]], first[bad[0]]);
    }

    /// <summary>
    /// Reads the means since the last drain and starts over. <paramref name="failure"/> names the first loss term
    /// that was not finite and its update, or is null.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> Drain(out NonFiniteLoss? failure)
    {
        failure = null;
        if (sum is null || firstNonFinite is null || count == 0) return [];
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
