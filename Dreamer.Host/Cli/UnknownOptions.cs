using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// Refuses what the parser left over (an unknown option, an extra argument): without strict parsing Spectre.Console
/// passes them to the command as remaining arguments.
/// </summary>
public static class UnknownOptions
{
    /// <summary>True, after printing them, when <paramref name="context"/> holds leftover arguments.</summary>
    public static bool Refused(CommandContext context)
    {
        var leftover = context.Remaining.Parsed.Select(group => group.Key).Concat(context.Remaining.Raw).Distinct().ToList();
        if (leftover.Count == 0) return false;
        AnsiConsole.Profile.Out.Writer.WriteLine($"unknown option or argument: {string.Join(", ", leftover)}");
        return true;
    }
}
