using YamlDotNet.RepresentationModel;

namespace Dreamer.Host.Plugins;

/// <summary>
/// Reads <c>plugins: { folders: [...] }</c> from a composition file before the composition is loaded (its component
/// keys can only be checked once those plugins are in the catalog), as absolute paths. A file that cannot be read
/// yields none: the composition loader reports its errors.
/// </summary>
public static class CompositionPluginFolders
{
    public static IReadOnlyList<string> Read(string compositionFile)
    {
        try
        {
            var full = Path.GetFullPath(compositionFile);
            var stream = new YamlStream();
            using (var reader = File.OpenText(full)) stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return [];
            if (!root.Children.TryGetValue(new YamlScalarNode("plugins"), out var plugins) || plugins is not YamlMappingNode section) return [];
            if (!section.Children.TryGetValue(new YamlScalarNode("folders"), out var folders) || folders is not YamlSequenceNode list) return [];
            var directory = Path.GetDirectoryName(full)!;
            return list.Children.OfType<YamlScalarNode>()
                .Where(node => !string.IsNullOrWhiteSpace(node.Value))
                .Select(node => Path.GetFullPath(Path.Combine(directory, node.Value!)))
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or YamlDotNet.Core.YamlException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The <c>--set</c> override that records <paramref name="folders"/> as absolute paths, or none.</summary>
    public static IEnumerable<string> AsOverride(IReadOnlyList<string> folders) =>
        folders.Count == 0 ? [] : [$"plugins.folders=[{string.Join(", ", folders.Select(f => "'" + f.Replace("'", "''") + "'"))}]"];
}
