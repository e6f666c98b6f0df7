using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Dreamer.Host.Matrix;

/// <summary>
/// What the report reads from a run folder's <c>resolved.yaml</c> (written by <c>dreamer train</c>): the
/// environment key (<c>environment.type</c>) and the episodes each evaluation averages (<c>training.eval_episodes</c>).
/// </summary>
/// <param name="EnvironmentType">The environment key, or null when the file or the key is missing.</param>
/// <param name="EvalEpisodes">Episodes per evaluation, or null when unknown.</param>
public sealed record ResolvedRunFacts(string? EnvironmentType, long? EvalEpisodes)
{
    /// <summary>The resolved composition's file name inside a run folder.</summary>
    public const string FileName = "resolved.yaml";

    /// <summary>Reads <c>resolved.yaml</c> of <paramref name="runDirectory"/>; both facts null when it is missing or unreadable.</summary>
    public static ResolvedRunFacts Read(string runDirectory)
    {
        var path = Path.Combine(runDirectory, FileName);
        if (!File.Exists(path)) return new ResolvedRunFacts(null, null);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return new ResolvedRunFacts(null, null);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return new ResolvedRunFacts(null, null);
        var episodes = Scalar(root, "training", "eval_episodes");
        return new ResolvedRunFacts(
            Scalar(root, "environment", "type"),
            long.TryParse(episodes, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : null);
    }

    private static string? Scalar(YamlMappingNode root, string section, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(section), out var node) && node is YamlMappingNode map
        && map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar
            ? scalar.Value
            : null;
}
