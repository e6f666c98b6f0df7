using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Cli;

/// <summary>
/// What <c>dreamer components</c> prints: the host's option sections (<c>world_model</c>, <c>training</c>, …, the
/// top-level keys of a composition file) and every component with its key, summary, assembly and the slots it fits,
/// each with its options (snake_case name, type, default, description, range), as text or as JSON. Defaults are
/// written as a composition file spells them, so a default copied into a file binds to the same value.
/// </summary>
public static class ComponentListing
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The JSON document, snake_case keys throughout:
    /// <c>{ sections: [{ name, options }], components: [{ key, summary, assembly, slots, options }] }</c>, each option
    /// <c>{ name, type, default, description, range: { min, max } | null }</c> with the default as a JSON value
    /// (a nested options record as an object, a list as an array, an enum as its snake_case name).
    /// </summary>
    public static string ToJson(IComponentCatalog catalog, CompositionSections sections)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(sections);
        var document = new JsonObject
        {
            ["sections"] = new JsonArray(sections.Entries.Select(section => (JsonNode)new JsonObject
            {
                ["name"] = section.Name,
                ["options"] = OptionsJson(section.OptionsType),
            }).ToArray()),
            ["components"] = new JsonArray(catalog.Components.Select(component => (JsonNode)new JsonObject
            {
                ["key"] = component.Key,
                ["summary"] = component.Summary,
                ["assembly"] = component.AssemblyName,
                ["slots"] = new JsonArray(Slots(component).Select(slot => (JsonNode)JsonValue.Create(slot)).ToArray()),
                ["options"] = OptionsJson(component.OptionsType),
            }).ToArray()),
        };
        return document.ToJsonString(Indented);
    }

    /// <summary>
    /// The text for a terminal or a pipe, no line wider than <paramref name="width"/> columns and no markup: one block
    /// per section, then one per component (a heading line with the key, the slots and the assembly, then the summary),
    /// each option as <c>name: default</c> followed by an indented line of its type, range and description.
    /// </summary>
    public static string ToText(IComponentCatalog catalog, CompositionSections sections, int width)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(sections);
        var text = new ComponentListingText(width);
        foreach (var section in sections.Entries)
            text.Block($"{section.Name} (section)", null, ListedOption.Of(section.OptionsType));
        foreach (var component in catalog.Components)
        {
            var slots = Slots(component).ToList();
            var fits = slots.Count switch { 0 => "no slot", 1 => $"slot {slots[0]}", _ => $"slots {string.Join(", ", slots)}" };
            text.Block($"{component.Key} ({fits}; assembly {component.AssemblyName})", component.Summary, ListedOption.Of(component.OptionsType));
        }
        return text.ToString();
    }

    internal static IEnumerable<string> Slots(ComponentDescriptor component) =>
        SlotContracts.All.Where(slot => component.Implements(slot.Contract)).Select(slot => slot.Slot);

    private static JsonArray OptionsJson(Type optionsType) =>
        new(ListedOption.Of(optionsType).Select(option => (JsonNode)new JsonObject
        {
            ["name"] = option.Descriptor.Name,
            ["type"] = option.Type,
            ["default"] = OptionJsonValue.Of(option.Descriptor.Default),
            ["description"] = option.Descriptor.Description,
            ["range"] = option.Descriptor.Minimum is null && option.Descriptor.Maximum is null
                ? null
                : new JsonObject { ["min"] = OptionJsonValue.Of(option.Descriptor.Minimum), ["max"] = OptionJsonValue.Of(option.Descriptor.Maximum) },
        }).ToArray());
}
