using Dreamer.Host.Plugins;

namespace Dreamer.Host.Composition;

/// <summary>
/// What a composition is checked against: the components that may fill the slots, the option sections, and the
/// slots that must be present.
/// </summary>
public sealed record CompositionSchema
{
    public CompositionSchema(IComponentCatalog catalog, CompositionSections sections, IReadOnlySet<string> requiredSlots)
    {
        var unknown = requiredSlots.Where(slot => !SlotContracts.BySlot.ContainsKey(slot)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown slots: {string.Join(", ", unknown)}; slots are {string.Join(", ", SlotContracts.BySlot.Keys)}.", nameof(requiredSlots));
        Catalog = catalog;
        Sections = sections;
        RequiredSlots = requiredSlots;
    }

    /// <summary>Every slot: what a training run requires.</summary>
    public static IReadOnlySet<string> AllSlots { get; } = SlotContracts.BySlot.Keys.ToHashSet();

    public IComponentCatalog Catalog { get; }

    public CompositionSections Sections { get; }

    public IReadOnlySet<string> RequiredSlots { get; }
}
