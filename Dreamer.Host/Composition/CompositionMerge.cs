namespace Dreamer.Host.Composition;

/// <summary>
/// Deep key-wise merge of composition layers: a later layer overrides an earlier one key by key. When a later layer
/// changes a slot's <c>type</c>, the slot's <c>with:</c> from earlier layers is dropped: it belonged to the old component.
/// </summary>
internal static class CompositionMerge
{
    public static CompositionMap Merge(CompositionMap lower, CompositionMap upper, IReadOnlySet<string> slots) =>
        MergeMaps(lower, upper, slots);

    private static CompositionMap MergeMaps(CompositionMap lower, CompositionMap upper, IReadOnlySet<string>? slots)
    {
        var result = lower;
        foreach (var entry in upper.Entries)
        {
            var value = entry.Value;
            if (result.Find(entry.Key)?.Value is CompositionMap lowerMap && value is CompositionMap upperMap)
            {
                var basis = slots is not null && slots.Contains(entry.Key) && TypeChanged(lowerMap, upperMap)
                    ? lowerMap.Without(CompositionKeys.With)
                    : lowerMap;
                value = MergeMaps(basis, upperMap, null) with { Source = upperMap.Source };
            }
            result = result.With(entry with { Value = value });
        }
        return result;
    }

    private static bool TypeChanged(CompositionMap lower, CompositionMap upper) =>
        lower.Find(CompositionKeys.Type)?.Value is CompositionScalar before
        && upper.Find(CompositionKeys.Type)?.Value is CompositionScalar after
        && before.Text != after.Text;
}
