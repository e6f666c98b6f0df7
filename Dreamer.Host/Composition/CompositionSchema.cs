using Dreamer.Host.Plugins;
using FluentValidation;

namespace Dreamer.Host.Composition;

/// <summary>
/// What a composition is checked against: the components that may fill the slots, the option sections, and the
/// slots that must be present, and the rules across values (FluentValidation validators of the bound composition) that
/// run after binding, before anything is built.
/// </summary>
public sealed record CompositionSchema
{
    public CompositionSchema(IComponentCatalog catalog, CompositionSections sections, IReadOnlySet<string> requiredSlots)
    {
        var unknown = requiredSlots.Where(slot => !SlotContracts.Names.Contains(slot)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"Unknown slots: {string.Join(", ", unknown)}; slots are {string.Join(", ", SlotContracts.All.Select(contract => contract.Slot))}.", nameof(requiredSlots));
        Catalog = catalog;
        Sections = sections;
        RequiredSlots = requiredSlots;
    }

    /// <summary>Every slot: what a training run requires.</summary>
    public static IReadOnlySet<string> AllSlots => SlotContracts.Names;

    public IComponentCatalog Catalog { get; }

    public CompositionSections Sections { get; }

    public IReadOnlySet<string> RequiredSlots { get; }

    /// <summary>
    /// Rules across values. A failure's property name is the key path it blames (<c>replay.minlen</c>); its message
    /// names the value and ends with what is allowed.
    /// </summary>
    public IReadOnlyList<IValidator<ResolvedComposition>> Rules { get; init; } = [];
}
