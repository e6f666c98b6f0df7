using Dreamer.Abstractions.Components;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Composition;

/// <summary>
/// Checks a merged composition against the schema and binds it: top-level keys, each slot's component and
/// <c>with:</c> options (with those carried over from a replaced component, <see cref="OptionCarry"/>), each section.
/// Adds every problem to the error list instead of stopping at the first.
/// </summary>
internal sealed class CompositionBinder(CompositionSchema schema, List<CompositionError> errors)
{
    private readonly OptionsBinder options = new(errors);
    private readonly List<DroppedOption> dropped = [];

    /// <summary>Binds <paramref name="root"/>; missing required slots are reported at <paramref name="file"/>.</summary>
    public ResolvedComposition Bind(CompositionMap root, string file)
    {
        var values = new List<ResolvedValue>();
        var known = SlotContracts.All.Select(contract => contract.Slot)
            .Concat(schema.Sections.Entries.Select(section => section.Name))
            .Append(CompositionKeys.Extends)
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var entry in root.Entries.Where(entry => !known.Contains(entry.Key) && entry.Key != CompositionKeys.Recorded))
            errors.Add(CompositionError.At(entry.KeySource, entry.Key, $"unknown key; allowed: {string.Join(", ", known)}"));

        var components = new List<ComponentChoice>();
        foreach (var (slot, contract, _) in SlotContracts.All)
        {
            var choice = BindSlot(slot, contract, root.Find(slot), file, values);
            if (choice is not null) components.Add(choice);
        }

        var sections = new Dictionary<Type, object>();
        foreach (var section in schema.Sections.Entries)
        {
            var map = options.AsMap(root.Find(section.Name)?.Value, section.Name, OptionProperties.KeysText(section.OptionsType));
            sections[section.OptionsType] = options.Bind(section.OptionsType, map, section.Name, values);
        }
        return new ResolvedComposition(components, sections, values, dropped);
    }

    private ComponentChoice? BindSlot(string slot, Type contract, CompositionEntry? entry, string file, List<ResolvedValue> values)
    {
        var allowed = AllowedComponents(contract);
        var map = options.AsMap(entry?.Value, slot, $"{CompositionKeys.Type}, {CompositionKeys.With}");
        if (map is null)
        {
            if (entry?.Value is null or CompositionScalar { IsNull: true } && schema.RequiredSlots.Contains(slot))
                errors.Add(new CompositionError(entry?.KeySource.Text ?? file, slot, $"required slot is missing; allowed: {allowed}"));
            return null;
        }
        foreach (var unknown in map.Entries.Where(item => item.Key is not (CompositionKeys.Type or CompositionKeys.With)))
            errors.Add(CompositionError.At(unknown.KeySource, $"{slot}.{unknown.Key}", $"unknown key; allowed: {CompositionKeys.Type}, {CompositionKeys.With}"));

        var typePath = $"{slot}.{CompositionKeys.Type}";
        var typeNode = map.Find(CompositionKeys.Type)?.Value;
        if (typeNode is not CompositionScalar { IsNull: false } key)
        {
            errors.Add(typeNode is null
                ? CompositionError.At(map.Source, typePath, $"required key is missing; allowed: {allowed}")
                : CompositionError.At(typeNode.Source, typePath, $"{typeNode.Display} is not a component key; allowed: {allowed}"));
            return null;
        }
        var descriptor = schema.Catalog.Find(key.Text);
        if (descriptor is null)
        {
            errors.Add(CompositionError.At(key.Source, typePath, $"{key.Text} is not a known component; allowed: {allowed}"));
            return null;
        }
        if (!descriptor.Implements(contract))
        {
            errors.Add(CompositionError.At(key.Source, typePath, $"{key.Text} does not implement {contract.Name}, the contract of the {slot} slot; allowed: {allowed}"));
            return null;
        }
        values.Add(new ResolvedValue(typePath, descriptor.Key, key.Source));

        var withPath = $"{slot}.{CompositionKeys.With}";
        var own = options.AsMap(map.Find(CompositionKeys.With)?.Value, withPath, OptionProperties.KeysText(descriptor.OptionsType));
        var carried = new OptionCarry(schema.Catalog, dropped).Carry(map.Replaced, descriptor, slot);
        var with = carried is null ? own : own is null ? carried : CompositionMerge.Merge(carried, own, new HashSet<string>());
        if (options.Bind(descriptor.OptionsType, with, withPath, values) is IComponentOptions bound)
            return new ComponentChoice(slot, descriptor.Key, descriptor, bound);
        errors.Add(CompositionError.At(key.Source, typePath, $"{key.Text} takes {descriptor.OptionsType.Name}, which does not implement {nameof(IComponentOptions)}"));
        return null;
    }

    private string AllowedComponents(Type contract)
    {
        var keys = schema.Catalog.Components.Where(component => component.Implements(contract)).Select(component => component.Key).ToList();
        return keys.Count == 0 ? $"no component in the catalog implements {contract.Name}" : string.Join(", ", keys);
    }
}
