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
            Line(console, exception.Message);
        }
        return ExitCodes.InvalidInput;
    }

    /// <summary>
    /// Prints <c>error: </c> and <paramref name="message"/> as one line that the console does not wrap, so a message
    /// naming long paths stays one line in a terminal, a log file and a test.
    /// </summary>
    public static void Line(IAnsiConsole console, string message)
    {
        console.Markup("[red]error:[/] ");
        console.Profile.Out.Writer.WriteLine(message);
    }
}
