namespace Dreamer.Host.Plugins;

/// <summary>
/// The checks made before any plugin is loaded into the process, from files and metadata only: copies of the shared
/// assemblies in a plugin folder, a plugin built against other contracts, and component keys declared twice.
/// </summary>
internal static class PluginPreflight
{
    /// <summary>The metadata of every readable candidate, and every problem found.</summary>
    public static (IReadOnlyList<PluginMetadata> Plugins, IReadOnlyList<string> Problems) Check(IReadOnlyList<PluginCandidate> candidates)
    {
        var plugins = new List<PluginMetadata>();
        var problems = new List<string>();
        foreach (var candidate in candidates)
        {
            var copies = SharedCopies(candidate);
            if (copies.Count > 0) problems.Add(SharedCopyProblem(candidate, copies));
            try
            {
                var metadata = PluginMetadataReader.Read(candidate);
                problems.AddRange(VersionProblems(metadata));
                plugins.Add(metadata);
            }
            catch (Exception exception) when (exception is BadImageFormatException or IOException or UnauthorizedAccessException)
            {
                problems.Add(PluginProblems.CouldNotLoad(candidate, exception.Message));
            }
        }
        problems.AddRange(DuplicateKeyProblems(plugins));
        return (plugins, problems);
    }

    private static IReadOnlyList<string> SharedCopies(PluginCandidate candidate)
    {
        var shared = SharedContracts.AssemblyNames.Select(name => name + ".dll").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Directory.EnumerateFiles(candidate.Folder, "*.dll", SearchOption.AllDirectories)
            .Where(file => shared.Contains(Path.GetFileName(file)))
            .Select(file => Path.GetRelativePath(candidate.Folder, file))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string SharedCopyProblem(PluginCandidate candidate, IReadOnlyList<string> copies)
    {
        var files = string.Join(", ", copies);
        return $"Plugin '{candidate.Name}' carries its own copy of {files} in '{candidate.Folder}'. The host shares TorchSharp, " +
            "Dreamer.Abstractions and Dreamer.Modules with every plugin; a second copy breaks type identity or loads a second libtorch. " +
            "Fix: reference the Dreamer.Modules or Dreamer.Abstractions package, which keeps them out of a plugin's folder (docs/packages.md), " +
            "or reference them with Private=\"false\" and ExcludeAssets=\"runtime\" (TorchSharp: ExcludeAssets=\"runtime;native\") " +
            $"as docs/writing-a-component.md shows; rebuild the plugin, and remove {files} from its folder.";
    }

    private static IEnumerable<string> VersionProblems(PluginMetadata plugin)
    {
        foreach (var hosted in SharedContracts.Versioned)
        {
            var (name, version) = (hosted.Name!, hosted.Version!);
            if (!plugin.References.TryGetValue(name, out var built) || built == version) continue;
            yield return $"Plugin '{plugin.Candidate.Name}' was built against {name} {built.ToString(3)}; this host has {version.ToString(3)}. " +
                $"Fix: rebuild the plugin against {name} {version.ToString(3)}.";
        }
    }

    private static IEnumerable<string> DuplicateKeyProblems(IReadOnlyList<PluginMetadata> plugins) =>
        plugins
            .SelectMany(plugin => plugin.Components.Select(component => (Component: component, Plugin: plugin.Candidate.Name)))
            .GroupBy(declared => declared.Component.Key, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group =>
                $"Component key '{group.Key}' is declared more than once: " +
                string.Join(" and ", group.Select(declared => $"by {declared.Component.TypeName} in {declared.Plugin}")) +
                ". Fix: give one of the components another key, or leave one of the plugins out.");
}
