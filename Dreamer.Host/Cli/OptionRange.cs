using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>Range checks for the <c>Validate()</c> of command settings: one line naming the option, the value and what is allowed.</summary>
public static class OptionRange
{
    /// <summary>Refuses <paramref name="value"/>, when given, below <paramref name="minimum"/>.</summary>
    public static ValidationResult AtLeast(string option, long? value, long minimum) => value < minimum
        ? ValidationResult.Error($"{option}: {value} is not allowed; allowed: {minimum} or more")
        : ValidationResult.Success();

    /// <summary>Refuses <paramref name="value"/>, when given, that is not one of <paramref name="allowed"/>.</summary>
    public static ValidationResult OneOf(string option, string? value, IReadOnlyList<string> allowed) => value is not null && !allowed.Contains(value)
        ? ValidationResult.Error($"{option}: '{value}' is not allowed; allowed: {string.Join(", ", allowed)}")
        : ValidationResult.Success();

    /// <summary>The first failed result of <paramref name="results"/>, or success.</summary>
    public static ValidationResult First(params ValidationResult[] results) =>
        results.FirstOrDefault(result => !result.Successful) ?? ValidationResult.Success();
}
