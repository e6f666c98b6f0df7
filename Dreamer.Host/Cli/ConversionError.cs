using System.Text.RegularExpressions;

namespace Dreamer.Host.Cli;

/// <summary>
/// Turns the parser's <c>Failed to convert 'VALUE' to TYPE.</c> into one line that names the option, the value and what
/// is allowed, or says that the option needs a value.
/// </summary>
public static partial class ConversionError
{
    /// <summary>The word the parser puts in place of a value that is missing at the end of the command line.</summary>
    private const string MissingValue = "__default_command";

    /// <summary>The rewritten line for <paramref name="message"/>, or null when it is not a conversion failure.</summary>
    public static string? Describe(string message, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var match = Pattern().Match(message ?? "");
        if (!match.Success) return null;
        var value = match.Groups["value"].Value;
        var index = args.ToList().LastIndexOf(value);
        if (value == MissingValue || index < 0)
        {
            var option = args.LastOrDefault(arg => arg.StartsWith('-'));
            return option is null ? "a value is missing" : $"{option}: needs a value";
        }
        var name = index > 0 && args[index - 1].StartsWith('-') ? args[index - 1] : "argument";
        return $"{name}: '{value}' is not allowed; allowed: {Allowed(match.Groups["type"].Value)}";
    }

    private static string Allowed(string type) => type switch
    {
        "Int32" or "Int64" or "Nullable`1" => "a whole number",
        "Double" or "Single" => "a number",
        _ => $"a value of type {type}",
    };

    [GeneratedRegex(@"^Failed to convert '(?<value>.*)' to (?<type>[^ ]+)\.$")]
    private static partial Regex Pattern();
}
