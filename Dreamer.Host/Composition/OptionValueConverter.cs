using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Dreamer.Abstractions.Schedules;

namespace Dreamer.Host.Composition;

/// <summary>
/// Converts a composition node to an option property's type (int, long, double, float, bool, string, enum,
/// <see cref="Schedule"/>, or a list of those) and checks its <see cref="RangeAttribute"/>; every failure becomes an
/// error naming the value and what is allowed.
/// </summary>
internal static class OptionValueConverter
{
    public static bool TryConvert(Type type, RangeAttribute? range, CompositionNode node, string path, List<CompositionError> errors, out object? value)
    {
        value = null;
        var element = OptionProperties.ElementType(type);
        if (element is not null) return TryConvertList(type, element, range, node, path, errors, out value);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (node is not CompositionScalar scalar)
        {
            errors.Add(CompositionError.At(node.Source, path, $"{node.Display} is not {Noun(target)}; allowed: {Allowed(target)}"));
            return false;
        }
        if (scalar.IsNull && (target == typeof(string) || target != type)) return true;
        if (!TryParse(target, scalar.Text, out value))
        {
            errors.Add(CompositionError.At(scalar.Source, path, $"{scalar.Display} is not {Noun(target)}; allowed: {Allowed(target)}"));
            return false;
        }
        if (range is null || InRange(value!, range)) return true;
        errors.Add(CompositionError.At(scalar.Source, path, $"{scalar.Display} is out of range; allowed: {RangeText(range)}"));
        return false;
    }

    private static bool TryConvertList(Type type, Type element, RangeAttribute? range, CompositionNode node, string path, List<CompositionError> errors, out object? value)
    {
        value = null;
        if (node is not CompositionSequence sequence)
        {
            errors.Add(CompositionError.At(node.Source, path, $"{node.Display} is not a list; allowed: {Allowed(type)}"));
            return false;
        }
        var items = Array.CreateInstance(element, sequence.Items.Count);
        var valid = true;
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (TryConvert(element, range, sequence.Items[i], $"{path}[{i}]", errors, out var item)) items.SetValue(item, i);
            else valid = false;
        }
        value = items;
        return valid;
    }

    private static bool TryParse(Type type, string text, out object? value)
    {
        value = null;
        if (type == typeof(string)) value = text;
        else if (type == typeof(int)) value = TryInteger(text, int.MinValue, int.MaxValue, out var integer) ? (int)integer : null;
        else if (type == typeof(long)) value = TryInteger(text, long.MinValue, long.MaxValue, out var integer) ? integer : null;
        else if (type == typeof(double)) value = TryReal(text, out var real) ? real : null;
        else if (type == typeof(float)) value = TryReal(text, out var real) && Math.Abs(real) <= float.MaxValue ? (float)real : null;
        else if (type == typeof(bool)) value = bool.TryParse(text, out var flag) ? flag : null;
        else if (type == typeof(Schedule)) value = Schedule.TryParse(text, out var schedule) ? schedule : null;
        else if (type.IsEnum) value = Enum.GetNames(type).Where(name => KeyNaming.Loose(name) == KeyNaming.Loose(text)).Select(name => Enum.Parse(type, name)).FirstOrDefault();
        else throw new NotSupportedException(
            $"Options of type {type.Name} cannot be bound; use int, long, double, float, bool, string, an enum, Schedule, a list of those, or a nested options record.");
        return value is not null;
    }

    /// <summary>An integer written plainly (<c>16</c>) or as an integral number (<c>5e6</c>) within the bounds.</summary>
    private static bool TryInteger(string text, long min, long max, out long value)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)) return value >= min && value <= max;
        if (!TryReal(text, out var real) || Math.Floor(real) != real || real < min || real > max || Math.Abs(real) >= 9.2233720368547758E18) return false;
        value = (long)real;
        return true;
    }

    private static bool TryReal(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool InRange(object value, RangeAttribute range)
    {
        var minimum = Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
        var maximum = Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        double[] numbers = value switch
        {
            Schedule schedule => [schedule.Start, schedule.End],
            int or long or double or float => [Convert.ToDouble(value, CultureInfo.InvariantCulture)],
            _ => [],
        };
        return numbers.All(number =>
            (range.MinimumIsExclusive ? number > minimum : number >= minimum) && (range.MaximumIsExclusive ? number < maximum : number <= maximum));
    }

    /// <summary>
    /// What <paramref name="range"/> allows: <c>0 to 1</c>, <c>0 to 1, excluding 0</c>, or <c>at least 1</c> (<c>above 0</c>)
    /// when the maximum is as large as a long's.
    /// </summary>
    public static string RangeText(RangeAttribute range)
    {
        var minimum = CompositionValueText.Format(Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture));
        if (Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture) >= long.MaxValue)
            return range.MinimumIsExclusive ? $"above {minimum}" : $"at least {minimum}";
        var maximum = CompositionValueText.Format(Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture));
        var excluded = new[] { range.MinimumIsExclusive ? minimum : null, range.MaximumIsExclusive ? maximum : null }.OfType<string>().ToList();
        return excluded.Count == 0 ? $"{minimum} to {maximum}" : $"{minimum} to {maximum}, excluding {string.Join(" and ", excluded)}";
    }

    private static string Noun(Type type) =>
        type == typeof(int) || type == typeof(long) ? "an integer"
        : type == typeof(double) || type == typeof(float) ? "a number"
        : type == typeof(bool) ? "a boolean"
        : type == typeof(Schedule) ? "a schedule"
        : type.IsEnum ? "a valid choice"
        : "a string";

    private static string Allowed(Type type)
    {
        var element = OptionProperties.ElementType(type);
        if (element is not null) return $"a list such as [a, b], each element {Allowed(element)}";
        if (type == typeof(int)) return $"a whole number from {int.MinValue} to {int.MaxValue}";
        if (type == typeof(long)) return $"a whole number from {long.MinValue} to {long.MaxValue}";
        if (type == typeof(double) || type == typeof(float)) return "a number such as 0.5 or 1e-4";
        if (type == typeof(bool)) return "true, false";
        if (type == typeof(Schedule)) return Schedule.Forms;
        if (type.IsEnum) return string.Join(", ", Enum.GetNames(type).Select(KeyNaming.ToSnakeCase));
        return "text";
    }
}
