using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer validate FILE [--set path=value]... [--plugins DIR]...</c>: loads and checks a composition without
/// building anything. Prints the resolved key / value / source table and exits 0, or prints every error, one per
/// line, and exits 2.
/// </summary>
public sealed class ValidateCommand(HostServices services, IAnsiConsole console) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            console.Write(ResolvedCompositionTable.Create(services.LoadComposition(settings.File, settings.Set, settings.Plugins, HostServices.TrainingSlots)));
            return ExitCodes.Success;
        }
        catch (CompositionException exception)
        {
            foreach (var error in exception.Errors)
                console.Profile.Out.Writer.WriteLine(error.ToString());
            return ExitCodes.InvalidInput;
        }
        catch (PluginLoadException exception)
        {
            console.Profile.Out.Writer.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
