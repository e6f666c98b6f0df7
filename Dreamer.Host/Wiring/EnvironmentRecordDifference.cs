using Dreamer.Host.Composition;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dreamer.Host.Wiring;

/// <summary>
/// Compares the environment a run recorded in its <c>resolved.yaml</c> (<see cref="EnvironmentRecord"/>) with the one
/// a resume builds: a changed space or library version, one line each, so that a continued run says when its
/// environment is no longer the one it was trained on.
/// </summary>
public static class EnvironmentRecordDifference
{
    /// <summary>
    /// The differences between the <c>recorded.environment</c> of <paramref name="resolvedYaml"/> and
    /// <paramref name="current"/>, as <c>path: recorded → now</c>; none when the file recorded nothing (a run of an
    /// earlier version) or cannot be read as YAML.
    /// </summary>
    public static IReadOnlyList<string> Between(string resolvedYaml, EnvironmentRecord current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var saved = Leaves(Parse(resolvedYaml));
        if (saved.Count == 0) return [];
        var root = new YamlMappingNode();
        foreach (var (keys, value) in current.Leaves()) ResolvedCompositionYaml.Insert(root, keys, ResolvedCompositionYaml.ToNode(value));
        var now = Leaves(root);
        return saved.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Where(path => saved.GetValueOrDefault(path) != now.GetValueOrDefault(path))
            .Select(path => $"{path}: {saved.GetValueOrDefault(path) ?? "(none)"} → {now.GetValueOrDefault(path) ?? "(none)"}")
            .ToList();
    }

    private static YamlMappingNode? Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> Leaves(YamlMappingNode? root)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is not null && root.Children.TryGetValue(new YamlScalarNode(CompositionKeys.Recorded), out var recorded)
            && recorded is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("environment"), out var environment))
            Flatten(environment, $"{CompositionKeys.Recorded}.environment", leaves);
        return leaves;
    }

    private static void Flatten(YamlNode node, string path, Dictionary<string, string> leaves)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, child) in map.Children) Flatten(child, $"{path}.{key}", leaves);
                break;
            case YamlSequenceNode sequence:
                leaves[path] = "[" + string.Join(", ", sequence.Children.Select(item => item.ToString())) + "]";
                break;
            default:
                leaves[path] = node.ToString();
                break;
        }
    }
}
