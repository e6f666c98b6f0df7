using Dreamer.Host.Plugins;
using Dreamer.Host.Wiring;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer components</c>: lists the host's option sections and every component the host finds, with their
/// options, as plain text to the console's width (<see cref="ComponentListing.ToText"/>) or as JSON.
/// </summary>
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
            Console.Out.WriteLine(ComponentListing.ToJson(catalog, HostSections.All));
        }
        else
        {
            console.Profile.Out.Writer.Write(ComponentListing.ToText(catalog, HostSections.All, console.Profile.Width));
        }
        return ExitCodes.Success;
    }
}
