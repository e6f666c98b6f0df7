namespace Dreamer.Host.Composition;

/// <summary>
/// Deep key-wise merge of composition layers: a later layer overrides an earlier one key by key. When a later layer
/// changes a slot's <c>type</c>, the slot's <c>with:</c> from earlier layers belonged to the old component: it is set
/// aside as <see cref="CompositionMap.Replaced"/>, and the binder carries over the options the new component takes
/// (<see cref="OptionCarry"/>).
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
                var swapped = slots is not null && slots.Contains(entry.Key) && TypeChanged(lowerMap, upperMap);
                var basis = swapped ? lowerMap.Without(CompositionKeys.With) with { Replaced = lowerMap } : lowerMap;
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
