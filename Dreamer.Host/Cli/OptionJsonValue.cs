using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dreamer.Abstractions.Schedules;
using Dreamer.Host.Composition;

namespace Dreamer.Host.Cli;

/// <summary>
/// An option value as a JSON value for <c>dreamer components --json</c>: numbers and booleans as they are, enums by
/// their snake_case name, a constant schedule as its number and another as its text, lists as arrays and nested
/// options records as objects with the binder's snake_case keys.
/// </summary>
internal static class OptionJsonValue
{
    /// <summary>The JSON value of <paramref name="value"/>; null for no value.</summary>
    public static JsonNode? Of(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        Enum member => JsonValue.Create(CompositionValueText.Format(member)),
        Schedule { Duration: 0 } constant => JsonValue.Create(constant.Start),
        Schedule schedule => JsonValue.Create(schedule.Text),
        IEnumerable items => new JsonArray(items.Cast<object?>().Select(Of).ToArray()),
        _ when OptionProperties.IsNested(value.GetType()) => new JsonObject(
            OptionProperties.Of(value.GetType()).Select(option => KeyValuePair.Create(option.Key, Of(option.Property.GetValue(value))))),
        _ => JsonSerializer.SerializeToNode(value, value.GetType()),
    };
}
