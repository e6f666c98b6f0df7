using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Training.Contracts;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>
/// How commands report bad input: every composition error on its own line, or one <c>error:</c> line for a plugin,
/// component (including a component that broke its contract's shapes) or argument problem; exit code 2.
/// </summary>
public static class CommandFailure
{
    /// <summary>True for the exceptions that mean bad input rather than a bug.</summary>
    public static bool IsBadInput(Exception exception) =>
        exception is CompositionException or PluginLoadException or ComponentConstructionException or ComponentContractException
            or ArgumentException or InvalidDataException;

    /// <summary>Prints <paramref name="exception"/> and returns <see cref="ExitCodes.InvalidInput"/>.</summary>
    public static int Report(IAnsiConsole console, Exception exception)
    {
        if (exception is CompositionException composition)
        {
            foreach (var error in composition.Errors) console.Profile.Out.Writer.WriteLine(error.ToString());
        }
        else
        {
            console.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
        }
        return ExitCodes.InvalidInput;
    }
}
