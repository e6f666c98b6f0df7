using System.Text.RegularExpressions;

namespace Dreamer.Environments.Python;

/// <summary>
/// The form of a <see cref="PythonEnvironmentOptions.Wrappers"/> entry, checked before the server starts (the server
/// checks it again with the same pattern): <c>module:callable</c> or <c>path/to/file.py:callable</c>, optionally
/// followed by <c>(key=value, ...)</c>.
/// </summary>
internal static partial class WrapperEntry
{
    /// <summary>What an entry must look like, as the refusal says it.</summary>
    public const string Form = "module:callable or path/to/file.py:callable, optionally followed by (key=value, ...)";

    /// <summary>Throws <see cref="PythonEnvironmentException"/>, one line naming the first malformed entry.</summary>
    public static void CheckAll(IReadOnlyList<string> entries)
    {
        foreach (var entry in entries)
            if (!IsWellFormed(entry))
                throw new PythonEnvironmentException($"wrappers: expected {Form}, got '{entry}'");
    }

    public static bool IsWellFormed(string entry)
    {
        var match = Pattern().Match(entry);
        if (!match.Success) return false;
        var arguments = match.Groups["arguments"].Value;
        return arguments.Trim().Length == 0 || arguments.Split(',').All(pair => Argument().IsMatch(pair));
    }

    [GeneratedRegex(@"^\s*(?<target>[^()\s][^()]*):(?<name>[A-Za-z_][\w.]*)\s*(?:\((?<arguments>[^()]*)\))?\s*$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\s*[A-Za-z_]\w*\s*=")]
    private static partial Regex Argument();
}
