using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Dreamer.Host.Composition;

/// <summary>Parses YAML text into composition nodes that keep the line each node was written on.</summary>
internal static class CompositionYamlReader
{
    /// <summary>
    /// The one document of <paramref name="text"/>, or null when there is none; each node's source is
    /// <paramref name="sourceAt"/> of its 1-based line. Throws <see cref="YamlException"/> on a syntax error, and
    /// <see cref="CompositionLimitException"/> on a second document or text past <paramref name="limits"/>; the limits
    /// are checked on the parser's events first, so a huge or deeply nested text is refused before a tree is built.
    /// </summary>
    public static CompositionNode? Parse(string text, Func<long, ValueSource> sourceAt, CompositionLimits limits)
    {
        Scan(text, limits);
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
        if (stream.Documents.Count == 0) return null;
        var nodes = 0;
        return Convert(stream.Documents[0].RootNode, sourceAt, limits, ref nodes);
    }

    /// <summary>Walks the parser's events: refuses a second document, more nodes than allowed and nesting too deep.</summary>
    private static void Scan(string text, CompositionLimits limits)
    {
        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        var documents = 0;
        var nodes = 0;
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart when ++documents > 1:
                        throw new CompositionLimitException(current.Start, "a second YAML document starts here; a composition file holds one document");
                    case SequenceStart or MappingStart when ++depth > limits.MaxDepth:
                        throw new CompositionLimitException(current.Start, $"lists and maps nest more than {N(limits.MaxDepth)} levels deep here; allowed: at most {N(limits.MaxDepth)}");
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
                if (current is NodeEvent && ++nodes > limits.MaxNodes) throw TooManyNodes(current.Start, limits);
            }
        }
        catch (Exception exception) when (exception is not YamlException)
        {
            throw new YamlException(scanner.CurrentPosition, scanner.CurrentPosition, "the text cannot be read here; check brackets and quotes", exception);
        }
    }

    private static CompositionNode Convert(YamlNode node, Func<long, ValueSource> sourceAt, CompositionLimits limits, ref int nodes)
    {
        // Aliases share their anchor's node: each use counts again, so a chain of aliases cannot expand without bound.
        if (++nodes > limits.MaxNodes) throw TooManyNodes(node.Start, limits);
        var source = sourceAt(node.Start.Line);
        switch (node)
        {
            case YamlScalarNode scalar:
                return new CompositionScalar(scalar.Value ?? "", IsNull(scalar), source);
            case YamlSequenceNode sequence:
                var items = new List<CompositionNode>(sequence.Children.Count);
                foreach (var item in sequence.Children) items.Add(Convert(item, sourceAt, limits, ref nodes));
                return new CompositionSequence(items, source);
            case YamlMappingNode map:
                var entries = new List<CompositionEntry>(map.Children.Count);
                foreach (var (key, value) in map.Children)
                    entries.Add(new CompositionEntry(KeyText(key), sourceAt(key.Start.Line), Convert(value, sourceAt, limits, ref nodes)));
                return new CompositionMap(entries, source);
            default:
                throw new YamlException(node.Start, node.End, $"unsupported YAML node {node.NodeType}");
        }
    }

    private static CompositionLimitException TooManyNodes(Mark start, CompositionLimits limits) =>
        new(start, $"more than {N(limits.MaxNodes)} values, lists and maps; allowed: at most {N(limits.MaxNodes)} in one file");

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string KeyText(YamlNode key) => key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style is ScalarStyle.Plain or ScalarStyle.Any && CompositionScalar.IsNullText(scalar.Value);
}
