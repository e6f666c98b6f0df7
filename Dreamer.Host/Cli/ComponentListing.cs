using System.Text.Json;
using System.Text.Json.Nodes;
using Dreamer.Host.Plugins;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>
/// What <c>dreamer components</c> prints: every component with its key, summary, assembly, the slots it fits and its
/// options (snake_case name, type, default, description, range), as a table or as a JSON array.
/// </summary>
public static class ComponentListing
{
    private static readonly IReadOnlyDictionary<Type, string> TypeNames = new Dictionary<Type, string>
    {
        [typeof(bool)] = "bool",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(string)] = "string",
    };

    /// <summary>The JSON array: <c>[{ key, summary, assembly, slots, options: [{ name, type, default, description, range }] }]</c>.</summary>
    public static string ToJson(IComponentCatalog catalog)
    {
        var array = new JsonArray(catalog.Components.Select(component => (JsonNode)new JsonObject
        {
            ["key"] = component.Key,
            ["summary"] = component.Summary,
            ["assembly"] = component.AssemblyName,
            ["slots"] = new JsonArray(Slots(component).Select(slot => (JsonNode)JsonValue.Create(slot)).ToArray()),
            ["options"] = new JsonArray(ComponentOptionsSchema.Describe(component.OptionsType).Select(OptionJson).ToArray()),
        }).ToArray());
        return array.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>The table for a terminal.</summary>
    public static Table ToTable(IComponentCatalog catalog)
    {
        var table = new Table().AddColumns("Key", "Summary", "Options", "Assembly");
        foreach (var component in catalog.Components)
        {
            var options = ComponentOptionsSchema.Describe(component.OptionsType).Select(OptionLine);
            table.AddRow(
                Markup.Escape(component.Key),
                Markup.Escape(component.Summary),
                Markup.Escape(string.Join(Environment.NewLine, options)),
                Markup.Escape(component.AssemblyName));
        }
        return table;
    }

    private static string TypeName(Type type) => TypeNames.GetValueOrDefault(type) ?? type.Name;

    private static IEnumerable<string> Slots(ComponentDescriptor component) =>
        SlotContracts.All.Where(slot => component.Implements(slot.Contract)).Select(slot => slot.Slot);

    private static JsonNode OptionJson(OptionDescriptor option) => new JsonObject
    {
        ["name"] = option.Name,
        ["type"] = TypeName(option.Type),
        ["default"] = Value(option.Default),
        ["description"] = option.Description,
        ["range"] = option.Minimum is null && option.Maximum is null
            ? null
            : new JsonObject { ["min"] = Value(option.Minimum), ["max"] = Value(option.Maximum) },
    };

    private static JsonNode? Value(object? value) => value switch
    {
        null => null,
        Enum => JsonValue.Create(value.ToString()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType()),
    };

    private static string OptionLine(OptionDescriptor option)
    {
        var range = option.Minimum is null && option.Maximum is null ? "" : $" in [{option.Minimum}, {option.Maximum}]";
        var description = option.Description.Length == 0 ? "" : $": {option.Description}";
        return $"{option.Name} ({TypeName(option.Type)}) = {option.Default ?? "null"}{range}{description}";
    }
}
