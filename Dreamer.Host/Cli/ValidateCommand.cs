using Dreamer.Host.Composition;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer validate FILE [--set path=value]...</c>: loads and checks a composition without building anything.
/// Prints the resolved key / value / source table and exits 0, or prints every error, one per line, and exits 2.
/// The <see cref="CompositionLoader"/> (catalog, sections, required slots) is constructor-injected: register an
/// instance in the app's type registrar.
/// </summary>
public sealed class ValidateCommand(CompositionLoader loader, IAnsiConsole console) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            console.Write(ResolvedCompositionTable.Create(loader.Load(settings.File, settings.Set)));
            return ExitCodes.Success;
        }
        catch (CompositionException exception)
        {
            foreach (var error in exception.Errors)
                console.Profile.Out.Writer.WriteLine(error.ToString());
            return ExitCodes.InvalidInput;
        }
    }
}
