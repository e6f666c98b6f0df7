using System.ComponentModel;

namespace Dreamer.Host.Plugins;

/// <summary>
/// The composition section <c>plugins</c>: plugin folders to load besides the built-in ones, relative to the
/// composition file that names them. Commands resolve them to absolute paths before loading, so a run's
/// <c>resolved.yaml</c> keeps working from the run folder.
/// </summary>
public sealed record PluginsOptions
{
    [Description("Plugin folders to load besides the built-in plugins, relative to this composition file.")]
    public IReadOnlyList<string> Folders { get; init; } = [];
}
