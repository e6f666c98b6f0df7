namespace Dreamer.Host.Plugins;

/// <summary>
/// The components of the plugins in a list of folders. Every plugin is checked from its files and metadata before
/// anything is loaded (copies of the shared assemblies, the contracts version, duplicate keys); then each is loaded in
/// its own context sharing the contracts, Dreamer.Modules and TorchSharp with the host. All refusals are reported
/// together in one <see cref="PluginLoadException"/>, and no catalog is built while any exists: running with part of
/// the components would silently change what a composition means.
/// </summary>
public sealed class PluginCatalog : IComponentCatalog
{
    private readonly Dictionary<string, ComponentDescriptor> byKey;

    private PluginCatalog(IEnumerable<ComponentDescriptor> components)
    {
        Components = components.OrderBy(component => component.Key, StringComparer.Ordinal).ToList();
        byKey = Components.ToDictionary(component => component.Key, StringComparer.Ordinal);
    }

    /// <summary>The built-in plugins: the <c>plugins</c> folder next to the executable.</summary>
    public static string BuiltInFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <inheritdoc />
    public IReadOnlyList<ComponentDescriptor> Components { get; }

    /// <inheritdoc />
    public ComponentDescriptor? Find(string key) => byKey.GetValueOrDefault(key);

    /// <summary>
    /// Loads the plugins in <paramref name="folders"/>: each is a plugin folder (<c>NAME.dll</c> with its deps.json) or a
    /// folder of plugin folders. Throws <see cref="PluginLoadException"/> listing every refusal.
    /// </summary>
    public static PluginCatalog Load(IEnumerable<string> folders)
    {
        var (candidates, folderProblems) = PluginFolders.Scan(folders);
        var (plugins, preflightProblems) = PluginPreflight.Check(candidates);
        var problems = folderProblems.Concat(preflightProblems).ToList();
        if (problems.Count > 0) throw new PluginLoadException(problems);
        var (components, loadProblems) = PluginAssemblyLoader.Load(plugins);
        if (loadProblems.Count > 0) throw new PluginLoadException(loadProblems);
        return new PluginCatalog(components);
    }

    /// <summary>Loads the built-in plugins (when the folder exists) and those in <paramref name="folders"/>.</summary>
    public static PluginCatalog LoadWithBuiltIn(IEnumerable<string> folders) =>
        Load((Directory.Exists(BuiltInFolder) ? [BuiltInFolder] : Array.Empty<string>()).Concat(folders));
}
