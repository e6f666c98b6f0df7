using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dreamer.Host.Composition;

/// <summary>Parses YAML text into composition nodes that keep the line each node was written on.</summary>
internal static class CompositionYamlReader
{
    /// <summary>
    /// The first document of <paramref name="text"/>, or null when there is none; each node's source is
    /// <paramref name="sourceAt"/> of its 1-based line. Throws <see cref="YamlException"/> on a syntax error.
    /// </summary>
    public static CompositionNode? Parse(string text, Func<long, ValueSource> sourceAt)
    {
        var scanner = new Scanner(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (Exception exception) when (exception is not YamlException)
        {
            // YamlDotNet's scanner throws plain exceptions on some malformed input (aaubry/YamlDotNet#541).
            throw new YamlException(scanner.CurrentPosition, scanner.CurrentPosition, "the text cannot be read here; check brackets and quotes", exception);
        }
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode, sourceAt);
    }

    private static CompositionNode Convert(YamlNode node, Func<long, ValueSource> sourceAt)
    {
        var source = sourceAt(node.Start.Line);
        return node switch
        {
            YamlScalarNode scalar => new CompositionScalar(scalar.Value ?? "", IsNull(scalar), source),
            YamlSequenceNode sequence => new CompositionSequence(sequence.Children.Select(item => Convert(item, sourceAt)).ToList(), source),
            YamlMappingNode map => new CompositionMap(
                map.Children.Select(pair => new CompositionEntry(KeyText(pair.Key), sourceAt(pair.Key.Start.Line), Convert(pair.Value, sourceAt))).ToList(),
                source),
            _ => throw new YamlException(node.Start, node.End, $"unsupported YAML node {node.NodeType}"),
        };
    }

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && CompositionScalar.IsNullText(scalar.Value);
}
