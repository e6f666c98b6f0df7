using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dreamer.Abstractions.Schedules;

namespace Dreamer.Host.Composition;

/// <summary>
/// Writes an option value as a YAML value that a composition file accepts and binds back to the same value, on one
/// line: scalars as <see cref="CompositionValueText"/> spells them, a text in double quotes where a plain YAML scalar
/// would read otherwise (empty, <c>null</c>, a comma, a colon, a leading indicator), lists as <c>[a, b]</c> and nested
/// options records as <c>{ key: value, ... }</c> with the binder's snake_case keys (<see cref="OptionProperties"/>).
/// </summary>
internal static partial class CompositionValueYaml
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The YAML text of <paramref name="value"/>; <c>null</c> for no value.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => Text(text),
        Schedule schedule => Text(schedule.Text),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ when OptionProperties.IsNested(value.GetType()) => Map(value),
        _ => CompositionValueText.Format(value),
    };

    private static string Map(object record)
    {
        var entries = OptionProperties.Of(record.GetType()).Select(option => $"{option.Key}: {Format(option.Property.GetValue(record))}").ToList();
        return entries.Count == 0 ? "{}" : "{ " + string.Join(", ", entries) + " }";
    }

    /// <summary>Plain where YAML reads the text back as it is, in flow collections too; else JSON's double quotes, which YAML reads.</summary>
    private static string Text(string text) =>
        !CompositionScalar.IsNullText(text) && PlainText().IsMatch(text) ? text : JsonSerializer.Serialize(text, Quoting);

    [GeneratedRegex(@"^[A-Za-z0-9_.()/+][A-Za-z0-9_.()/+ -]*(?<! )$")]
    private static partial Regex PlainText();
}
