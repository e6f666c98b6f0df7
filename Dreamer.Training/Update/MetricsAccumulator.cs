using System.Globalization;
using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// Sums the metrics of each update on the device and remembers, per loss term, the first update whose value was NaN
/// or infinite, and the first whose magnitude diverged: exceeded <c>divergence</c> × max(1, the term's largest
/// magnitude over the first <see cref="ScaleUpdates"/> updates added). The host reads everything once per log interval
/// instead of once per update. The names and which of them are loss terms come with the first update added; every
/// later update must carry the same names.
/// </summary>
/// <param name="divergence">The divergence factor; 0 turns the divergence check off.</param>
public sealed class MetricsAccumulator(double divergence = 0) : IDisposable
{
    /// <summary>Updates whose magnitudes set each term's scale for the divergence check.</summary>
    public const int ScaleUpdates = 100;

    private IReadOnlyList<string>? names;
    private IReadOnlyList<bool>? isLoss;
    private Tensor? sum;
    private Tensor? firstNonFinite;
    private Tensor? scale;
    private Tensor? firstDiverged;
    private Tensor? divergedValue;
    private Tensor? divergedLimit;
    private long added;
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
        if (divergence > 0) TrackDivergence(safe.abs(), index);
        added++;
        count++;
    }

    /// <summary>
    /// Compares <paramref name="magnitude"/> <c>[M]</c> with each term's limit and records the first update beyond it;
    /// during the first <see cref="ScaleUpdates"/> updates the values within the limits raise the scale.
    /// </summary>
    private void TrackDivergence(Tensor magnitude, Tensor index)
    {
        if (scale is null)
        {
            Replace(ref scale, magnitude.clone().DetachFromDisposeScope());
            return;
        }
        var limit = scale.clamp_min(1) * divergence;                                  // [M]
        var diverged = magnitude.gt(limit);                                           // [M]
        var noneYet = firstDiverged ?? full_like(index, -1);
        var newly = noneYet.lt(0) & diverged;
        var nextFirst = where(newly, index, noneYet);
        var nextValue = where(newly, magnitude, divergedValue ?? zeros_like(magnitude));
        var nextLimit = where(newly, limit, divergedLimit ?? zeros_like(magnitude));
        if (added < ScaleUpdates) Replace(ref scale, maximum(scale, where(diverged, scale, magnitude)).DetachFromDisposeScope());
        Replace(ref firstDiverged, nextFirst.DetachFromDisposeScope());
        Replace(ref divergedValue, nextValue.DetachFromDisposeScope());
        Replace(ref divergedLimit, nextLimit.DetachFromDisposeScope());
    }

    /// <summary>Updates added since the last <see cref="Drain"/>.</summary>
    public int Count => count;

    /// <summary>
    /// The first loss term that was not finite or diverged since the last drain, or null (a few reads from the
    /// device); at the same update a non-finite term comes first.
    /// </summary>
    public NonFiniteLoss? FirstFailure()
    {
        if (firstNonFinite is null || names is null || isLoss is null) return null;
        var failures = new List<NonFiniteLoss>();
        var first = firstNonFinite.cpu().data<long>().ToArray();
        failures.AddRange(Enumerable.Range(0, names.Count).Where(i => isLoss[i] && first[i] >= 0).Select(i => new NonFiniteLoss(names[i], first[i])));
        if (firstDiverged is not null && divergedValue is not null && divergedLimit is not null)
        {
            var at = firstDiverged.cpu().data<long>().ToArray();
            var values = divergedValue.cpu().data<float>().ToArray();
            var limits = divergedLimit.cpu().data<float>().ToArray();
            failures.AddRange(Enumerable.Range(0, names.Count).Where(i => isLoss[i] && at[i] >= 0).Select(i => new NonFiniteLoss(
                names[i], at[i], string.Create(CultureInfo.InvariantCulture, $"diverged to a magnitude of {values[i]:G4}"),
                string.Create(CultureInfo.InvariantCulture, $" (the limit was {limits[i]:G4}: training.divergence {divergence:G} × max(1, its largest magnitude in the first {ScaleUpdates} updates))"))));
        }
        return failures.OrderBy(failure => failure.Update).FirstOrDefault();
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
        Replace(ref firstDiverged, null);
        Replace(ref divergedValue, null);
        Replace(ref divergedLimit, null);
        count = 0;
        return means;
    }

    public void Dispose()
    {
        Replace(ref sum, null);
        Replace(ref firstNonFinite, null);
        Replace(ref scale, null);
        Replace(ref firstDiverged, null);
        Replace(ref divergedValue, null);
        Replace(ref divergedLimit, null);
    }

    private static void Replace(ref Tensor? field, Tensor? value)
    {
        field?.Dispose();
        field = value;
    }
}
