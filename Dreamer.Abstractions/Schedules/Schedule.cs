using System.Globalization;
using System.Text.RegularExpressions;

namespace Dreamer.Abstractions.Schedules;

/// <summary>
/// A value that may change with the agent step (dreamerv2.md §5.5, TV11): a constant such as <c>1e-3</c>, or
/// <c>linear(a, b, n)</c> = a + clip(step / n, 0, 1)·(b − a). Options records use it for η and the actor-gradient
/// mix; composition files write it as a number or that string.
/// </summary>
public sealed partial record Schedule
{
    private Schedule(string text, double start, double end, double duration)
    {
        Text = text;
        Start = start;
        End = end;
        Duration = duration;
    }

    /// <summary>The text the schedule was written as, normalised.</summary>
    public string Text { get; }

    /// <summary>The value at step 0.</summary>
    public double Start { get; }

    /// <summary>The value from step <see cref="Duration"/> on.</summary>
    public double End { get; }

    /// <summary>Steps over which the value moves from start to end; 0 for a constant.</summary>
    public double Duration { get; }

    /// <summary>The allowed forms, for error messages.</summary>
    public const string Forms = "a number, or linear(start, end, steps) with steps > 0";

    public static Schedule Constant(double value) =>
        new(value.ToString("R", CultureInfo.InvariantCulture), value, value, 0);

    public static Schedule Linear(double start, double end, double duration)
    {
        if (!(duration > 0)) throw new ArgumentOutOfRangeException(nameof(duration), duration, "steps must be > 0");
        return new Schedule(string.Create(CultureInfo.InvariantCulture, $"linear({start:R},{end:R},{duration:R})"), start, end, duration);
    }

    /// <summary>The value at agent step <paramref name="step"/>.</summary>
    public double Value(long step) =>
        Duration == 0 ? Start : Start + Math.Clamp(step / Duration, 0.0, 1.0) * (End - Start);

    /// <summary>Parses a number or <c>linear(a, b, n)</c>; false with no exception on anything else.</summary>
    public static bool TryParse(string? text, out Schedule schedule)
    {
        schedule = Constant(0);
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var constant))
        {
            schedule = Constant(constant);
            return true;
        }
        var match = LinearPattern().Match(trimmed);
        if (!match.Success) return false;
        var values = new double[3];
        for (var i = 0; i < 3; i++)
        {
            if (!double.TryParse(match.Groups[i + 1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
                return false;
        }
        if (!(values[2] > 0)) return false;
        schedule = Linear(values[0], values[1], values[2]);
        return true;
    }

    /// <summary>Parses a number or <c>linear(a, b, n)</c>, or throws a <see cref="FormatException"/> naming the forms.</summary>
    public static Schedule Parse(string text) =>
        TryParse(text, out var schedule) ? schedule : throw new FormatException($"'{text}' is not a schedule: expected {Forms}.");

    public override string ToString() => Text;

    [GeneratedRegex(@"^linear\(\s*([^,\s]+)\s*,\s*([^,\s]+)\s*,\s*([^,\s\)]+)\s*\)$")]
    private static partial Regex LinearPattern();
}
