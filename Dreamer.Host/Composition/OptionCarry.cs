using System.Reflection;
using Dreamer.Abstractions.Schedules;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Composition;

/// <summary>
/// Carries a slot's options across a change of its component (docs/composition.md, "Swapping a component"): every
/// option the earlier layers gave the old component carries over where the new component has an option of that name
/// and type (nested option records are matched option by option); the others are dropped and recorded. The new
/// layer's own <c>with:</c> is bound above the carried options, so it wins. A slot swapped several times carries
/// through each component in turn.
/// </summary>
internal sealed class OptionCarry(IComponentCatalog catalog, List<DroppedOption> dropped)
{
    /// <summary>
    /// The options of <paramref name="replaced"/> (the slot before its type changed) that <paramref name="target"/>
    /// takes, as a <c>with:</c> map; null when there is nothing to carry.
    /// </summary>
    public CompositionMap? Carry(CompositionMap? replaced, ComponentDescriptor target, string slot)
    {
        if (replaced is null) return null;
        var withPath = $"{slot}.{CompositionKeys.With}";
        var fromKey = (replaced.Find(CompositionKeys.Type)?.Value as CompositionScalar)?.Text ?? "(none)";
        var from = catalog.Find(fromKey);
        var own = replaced.Find(CompositionKeys.With)?.Value as CompositionMap;
        var earlier = from is null ? null : Carry(replaced.Replaced, from, slot);
        var given = earlier is null ? own : own is null ? earlier : CompositionMerge.Merge(earlier, own, new HashSet<string>());
        if (given is null) return null;
        if (from is null)
        {
            foreach (var entry in given.Entries)
                Drop(entry, $"{withPath}.{entry.Key}", fromKey, target.Key, $"{fromKey} is not a known component");
            return null;
        }
        var kept = Filter(given, from.OptionsType, target.OptionsType, withPath, fromKey, target.Key);
        return kept.Entries.Count == 0 ? null : kept;
    }

    private CompositionMap Filter(CompositionMap given, Type fromType, Type toType, string path, string fromKey, string toKey)
    {
        var fromOptions = OptionProperties.Of(fromType).ToDictionary(option => option.Key, option => option.Property);
        var toOptions = OptionProperties.Of(toType).ToDictionary(option => option.Key, option => option.Property);
        var kept = new List<CompositionEntry>();
        foreach (var entry in given.Entries)
        {
            var keyPath = $"{path}.{entry.Key}";
            if (!fromOptions.TryGetValue(entry.Key, out var before))
                Drop(entry, keyPath, fromKey, toKey, $"{fromKey} has no option {entry.Key}");
            else if (!toOptions.TryGetValue(entry.Key, out var after))
                Drop(entry, keyPath, fromKey, toKey, $"{toKey} has no option {entry.Key}");
            else if (before.PropertyType == after.PropertyType)
                kept.Add(entry);
            else if (OptionProperties.IsNested(before.PropertyType) && OptionProperties.IsNested(after.PropertyType) && entry.Value is CompositionMap nested)
            {
                var inner = Filter(nested, before.PropertyType, after.PropertyType, keyPath, fromKey, toKey);
                if (inner.Entries.Count > 0) kept.Add(entry with { Value = inner });
            }
            else
                Drop(entry, keyPath, fromKey, toKey, $"{entry.Key} is {Kind(before)} in {fromKey} but {Kind(after)} in {toKey}");
        }
        return given with { Entries = kept };
    }

    private void Drop(CompositionEntry entry, string path, string from, string to, string reason) =>
        dropped.Add(new DroppedOption(path, Text(entry.Value), entry.Value.Source, from, to, reason));

    private static string Kind(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (OptionProperties.ElementType(type) is { } element) return $"a list of {Kind(element)}";
        return Kind(type);
    }

    private static string Kind(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(float) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "text",
        _ when type == typeof(Schedule) => "a schedule",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type).Select(KeyNaming.ToSnakeCase))}",
        _ => $"a {type.Name} record",
    };

    private static string Text(CompositionNode node) => node switch
    {
        CompositionScalar scalar => scalar.Display,
        CompositionSequence sequence => "[" + string.Join(", ", sequence.Items.Select(Text)) + "]",
        CompositionMap map => "{ " + string.Join(", ", map.Entries.Select(entry => $"{entry.Key}: {Text(entry.Value)}")) + " }",
        _ => node.Display,
    };
}
