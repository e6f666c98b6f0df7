using System.Collections;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dreamer.Host.Composition;

/// <summary>
/// Writes a resolved composition as YAML (<c>resolved.yaml</c>) with every key explicit; loading the result with the
/// same schema gives the same components, options and values.
/// </summary>
public static class ResolvedCompositionYaml
{
    /// <summary>
    /// The YAML text of <paramref name="composition"/>, followed by <paramref name="recorded"/>: leaves (key paths and
    /// values) of what the host recorded about the run, such as <c>recorded.environment</c>, which loading ignores.
    /// </summary>
    public static string Write(ResolvedComposition composition, IEnumerable<(IReadOnlyList<string> Keys, object Value)>? recorded = null)
    {
        var root = new YamlMappingNode();
        foreach (var value in composition.Values)
            Insert(root, value.Path.Split('.'), ToNode(value.Value));
        foreach (var (keys, value) in recorded ?? [])
            Insert(root, keys, ToNode(value));
        return Text(root);
    }

    /// <summary>The YAML text of a mapping.</summary>
    internal static string Text(YamlMappingNode root)
    {
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(root)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    /// <summary>Writes <paramref name="composition"/> to <paramref name="path"/>.</summary>
    public static void Save(ResolvedComposition composition, string path) => File.WriteAllText(path, Write(composition));

    /// <summary>Adds <paramref name="value"/> at <paramref name="keys"/>, creating the maps on the way.</summary>
    internal static void Insert(YamlMappingNode map, IReadOnlyList<string> keys, YamlNode value)
    {
        for (var i = 0; i < keys.Count - 1; i++)
        {
            var key = new YamlScalarNode(keys[i]);
            if (!map.Children.TryGetValue(key, out var child))
            {
                child = new YamlMappingNode();
                map.Add(key, child);
            }
            map = (YamlMappingNode)child;
        }
        map.Add(keys[^1], value);
    }

    internal static YamlNode ToNode(object? value) => value switch
    {
        string text => new YamlScalarNode(text) { Style = CompositionScalar.IsNullText(text) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any },
        IEnumerable items => new YamlSequenceNode(items.Cast<object?>().Select(ToNode)) { Style = SequenceStyle.Flow },
        _ => new YamlScalarNode(CompositionValueText.Format(value)) { Style = ScalarStyle.Plain },
    };
}
