using Dreamer.Host.Plugins;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary><c>dreamer components</c>: lists every component the host finds, with its options.</summary>
public sealed class ComponentsCommand(IAnsiConsole console) : Command<ComponentsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ComponentsSettings settings, CancellationToken cancellationToken)
    {
        PluginCatalog catalog;
        try
        {
            catalog = PluginCatalog.LoadWithBuiltIn(settings.Plugins);
        }
        catch (PluginLoadException exception)
        {
            Console.Error.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
        if (settings.Json)
        {
            Console.Out.WriteLine(ComponentListing.ToJson(catalog));
        }
        else
        {
            console.Write(ComponentListing.ToTable(catalog));
        }
        return ExitCodes.Success;
    }
}
