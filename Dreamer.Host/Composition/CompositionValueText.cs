using System.Collections;
using System.Globalization;
using Dreamer.Abstractions.Schedules;

namespace Dreamer.Host.Composition;

/// <summary>Writes a bound option value as composition files spell it (and as the loader reads it back).</summary>
internal static class CompositionValueText
{
    /// <summary>
    /// <c>16</c>, <c>0.0001</c> (shortest round-trip form), <c>true</c>, enum names in snake_case, schedules as
    /// written, lists as <c>[a, b]</c>, <c>null</c> for no value.
    /// </summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string text => text,
        bool flag => flag ? "true" : "false",
        Enum member => KeyNaming.ToSnakeCase(member.ToString()),
        Schedule schedule => schedule.Text,
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Format)) + "]",
        _ => value.ToString() ?? "",
    };
}
