using System.ComponentModel;

namespace Dreamer.Host.Plugins;

/// <summary>
/// The composition section <c>plugins</c>: plugin folders to load besides the built-in ones, relative to the
/// composition file or preset that names them. The loader makes them absolute while it merges the layers, before the
/// catalog is built, so a preset may bring its plugins and a run's <c>resolved.yaml</c> keeps working from the run folder.
/// </summary>
public sealed record PluginsOptions
{
    [Description("Plugin folders to load besides the built-in plugins, relative to the file that names them.")]
    public IReadOnlyList<string> Folders { get; init; } = [];
}
