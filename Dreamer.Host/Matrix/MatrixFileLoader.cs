using System.Globalization;
using System.Text.RegularExpressions;
using Dreamer.Host.Composition;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Parses and validates a matrix file. Every problem is collected (and reported in line order), each with its file, line, key path, value and
/// what is allowed; a file with any problem raises one <see cref="MatrixFileException"/> holding all of them.
/// </summary>
public sealed partial class MatrixFileLoader
{
    private static readonly string[] TopLevelKeys = ["base", "axes", "seeds", "environments", "steps", "reference_scores"];
    private const string ComponentKeyRule = "a component key: lowercase words joined by '.' or '-', e.g. latent.gaussian";
    private const string OptionPathRule = "a slot or option path: lowercase words joined by '.', e.g. latent or kl.with.alpha";

    private readonly string file;
    private readonly List<MatrixFileError> errors = [];

    private MatrixFileLoader(string file) => this.file = file;

    /// <summary>Loads the matrix file at <paramref name="path"/>; throws <see cref="MatrixFileException"/> listing every problem.</summary>
    public static MatrixFile Load(string path)
    {
        if (!File.Exists(path)) throw new MatrixFileException([new MatrixFileError(path, 1, "(file)", "not found; allowed: an existing matrix file")]);
        // The read is bounded as a composition's is, so a wrong path (a device, a data file) is refused at once.
        var errors = new List<CompositionError>();
        var text = CompositionFileText.Read(Path.GetFullPath(path), path, CompositionLimits.Default, errors);
        return text is null
            ? throw new MatrixFileException(errors.Select(error => new MatrixFileError(path, 1, "(file)", error.Message)).ToList())
            : Parse(path, text);
    }

    /// <summary>Parses matrix file text; <paramref name="path"/> names the file in errors and anchors the base path.</summary>
    public static MatrixFile Parse(string path, string text)
    {
        var loader = new MatrixFileLoader(path);
        var matrix = loader.ParseText(text);
        if (loader.errors.Count > 0 || matrix is null) throw new MatrixFileException(loader.errors.OrderBy(e => e.Line).ToList());
        return matrix;
    }

    private MatrixFile? ParseText(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            Error(exception.Start.Line, "(syntax)", exception.InnerException?.Message ?? exception.Message);
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Error(1, "(file)", "not a mapping; allowed: a mapping with keys " + string.Join(", ", TopLevelKeys));
            return null;
        }
        foreach (var (key, _) in root.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (!TopLevelKeys.Contains(name)) Error(key, name, $"unknown key; allowed: {string.Join(", ", TopLevelKeys)}");
        }
        var basePath = ParseBase(root);
        var environments = ParseEnvironments(Child(root, "environments"));
        var axes = ParseAxes(Child(root, "axes"), environments.Count > 0, Child(root, "steps") is not null);
        var seeds = ParseSeeds(Child(root, "seeds"), root);
        var steps = ParseSteps(Child(root, "steps"));
        var references = ParseReferences(Child(root, "reference_scores"), environments.Select(e => e.Name).ToList());
        return basePath is null ? null : new MatrixFile(file, basePath, axes, seeds, environments, steps, references);
    }

    private string? ParseBase(YamlMappingNode root)
    {
        var node = Child(root, "base");
        if (node is null)
        {
            Error(root, "base", "missing; allowed: the path of a composition file, relative to the matrix file");
            return null;
        }
        if (node is not YamlScalarNode { Value: { Length: > 0 } relative })
        {
            Error(node, "base", $"{Describe(node)} is not a path; allowed: the path of a composition file, relative to the matrix file");
            return null;
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var full = Path.GetFullPath(Path.Combine(directory, relative));
        if (!File.Exists(full)) Error(node, "base", $"'{relative}' not found (looked for {full}); allowed: an existing composition file");
        return full;
    }

    private List<MatrixEnvironment> ParseEnvironments(YamlNode? node)
    {
        var environments = new List<MatrixEnvironment>();
        if (node is null) return environments;
        const string allowed = $"a non-empty list of environments, each {ComponentKeyRule} or {{ type: key, with: {{...}} }}";
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            Error(node, "environments", $"{Describe(node)} is not a list of environments; allowed: {allowed}");
            return environments;
        }
        var entries = new List<(YamlNode Node, string Type, AxisValue Value)>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var path = $"environments[{i}]";
            var value = item switch
            {
                YamlScalarNode { Value: { } key } when ComponentKey().IsMatch(key) => new AxisValue(ShortKey(key), [new SettingOverride("environment.type", key, Where(item))]),
                YamlMappingNode map => ParseComponentValue("environment", path, map),
                _ => null,
            };
            if (value is null)
            {
                if (item is not YamlMappingNode) Error(item, path, $"{Describe(item)} is not an environment; allowed: {allowed}");
                continue;
            }
            entries.Add((item, value.Overrides[0].Value, value));
        }
        foreach (var (item, type, value) in entries)
        {
            var repeated = entries.Count(other => other.Type == type) > 1;
            var name = repeated ? type + value.Label[ShortKey(type).Length..] : type;
            var index = sequence.Children.IndexOf(item);
            if (environments.Any(e => e.Name == name))
                Error(item, $"environments[{index}]", $"'{name}' is listed twice; allowed: distinct environments");
            else
                environments.Add(new MatrixEnvironment(name, type, value.Overrides));
        }
        return environments;
    }

    private List<MatrixAxis> ParseAxes(YamlNode? node, bool hasEnvironments, bool hasSteps)
    {
        var axes = new List<MatrixAxis>();
        if (node is null) return axes;
        if (node is not YamlMappingNode mapping)
        {
            Error(node, "axes", $"{Describe(node)} is not a mapping; allowed: axis name → list of values");
            return axes;
        }
        foreach (var (keyNode, valuesNode) in mapping.Children)
        {
            var name = ((YamlScalarNode)keyNode).Value ?? "";
            var path = $"axes.{name}";
            if (!OptionPath().IsMatch(name))
            {
                Error(keyNode, path, $"'{name}' is not an axis name; allowed: {OptionPathRule}");
                continue;
            }
            if (name == "training.seed") Error(keyNode, path, "seeds are not an axis; allowed: the seeds: list");
            if (name is "environment" or "environment.type" && hasEnvironments)
                Error(keyNode, path, "conflicts with environments:; allowed: either an environment axis or the environments: list");
            if (name == "training.steps" && hasSteps) Error(keyNode, path, "conflicts with steps:; allowed: either a training.steps axis or steps:");
            if (valuesNode is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                Error(valuesNode, path, $"{Describe(valuesNode)} is not a list of values; allowed: a non-empty list of {{ type: key, with: {{...}} }} or scalars");
                continue;
            }
            var values = new List<AxisValue>();
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var value = ParseAxisValue(name, $"{path}[{i}]", sequence.Children[i]);
                if (value is null) continue;
                var twin = values.FindIndex(v => v.Label == value.Label);
                if (twin >= 0) Error(sequence.Children[i], $"{path}[{i}]", $"'{value.Label}' names the same cell as {path}[{twin}]; allowed: distinct values");
                else values.Add(value);
            }
            axes.Add(new MatrixAxis(name, values));
        }
        return axes;
    }

    private AxisValue? ParseAxisValue(string axis, string path, YamlNode node) => node switch
    {
        YamlScalarNode scalar => new AxisValue(scalar.Value ?? "", [new SettingOverride(axis, scalar.Value ?? "", Where(scalar))]),
        YamlSequenceNode list => ParseListValue(axis, path, list),
        YamlMappingNode map => ParseComponentValue(axis, path, map),
        _ => null,
    };

    private AxisValue? ParseListValue(string axis, string path, YamlSequenceNode list)
    {
        var items = new List<string>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            if (list.Children[i] is YamlScalarNode { Value: { } item }) items.Add(item);
            else Error(list.Children[i], $"{path}[{i}]", $"{Describe(list.Children[i])} is not a scalar; allowed: a list of scalars, e.g. [reward, discount]");
        }
        if (items.Count != list.Children.Count) return null;
        var label = items.Count == 0 ? "none" : string.Join('+', items);
        return new AxisValue(label, [new SettingOverride(axis, $"[{string.Join(", ", items)}]", Where(list))]);
    }

    private AxisValue? ParseComponentValue(string axis, string path, YamlMappingNode map)
    {
        string? type = null;
        var overrides = new List<SettingOverride>();
        var withLabels = new List<string>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "type" when valueNode is YamlScalarNode { Value: { } value } && ComponentKey().IsMatch(value):
                    type = value;
                    break;
                case "type":
                    Error(valueNode, $"{path}.type", $"{Describe(valueNode)} is not a component key; allowed: {ComponentKeyRule}");
                    return null;
                case "with" when valueNode is YamlMappingNode with:
                    Flatten(with, $"{axis}.with", $"{path}.with", overrides, withLabels);
                    break;
                case "with":
                    Error(valueNode, $"{path}.with", $"{Describe(valueNode)} is not a mapping; allowed: option name → value");
                    break;
                default:
                    Error(keyNode, $"{path}.{key}", "unknown key; allowed: type, with");
                    break;
            }
        }
        if (type is null)
        {
            Error(map, $"{path}.type", $"missing; allowed: {ComponentKeyRule}");
            return null;
        }
        overrides.Insert(0, new SettingOverride($"{axis}.type", type, Where(map)));
        var label = ShortKey(type) + string.Concat(withLabels.Select(l => "+" + l));
        return new AxisValue(label, overrides);
    }

    private void Flatten(YamlMappingNode map, string option, string path, List<SettingOverride> overrides, List<string> labels)
    {
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            if (!OptionPath().IsMatch(key))
            {
                Error(keyNode, $"{path}.{key}", $"'{key}' is not an option name; allowed: {OptionPathRule}");
                continue;
            }
            switch (valueNode)
            {
                case YamlScalarNode scalar:
                    overrides.Add(new SettingOverride($"{option}.{key}", scalar.Value ?? "", Where(scalar)));
                    labels.Add($"{key}={scalar.Value}");
                    break;
                case YamlSequenceNode sequence when sequence.Children.All(c => c is YamlScalarNode):
                    var items = sequence.Children.Cast<YamlScalarNode>().Select(c => c.Value ?? "").ToList();
                    overrides.Add(new SettingOverride($"{option}.{key}", $"[{string.Join(", ", items)}]", Where(sequence)));
                    labels.Add($"{key}={string.Join('+', items)}");
                    break;
                case YamlMappingNode nested:
                    Flatten(nested, $"{option}.{key}", $"{path}.{key}", overrides, labels);
                    break;
                default:
                    Error(valueNode, $"{path}.{key}", $"{Describe(valueNode)} is not allowed; allowed: a scalar, a list of scalars or a mapping");
                    break;
            }
        }
    }

    private List<int> ParseSeeds(YamlNode? node, YamlMappingNode root)
    {
        var seeds = new List<int>();
        if (node is null)
        {
            Error(root, "seeds", "missing; allowed: a non-empty list of integers 0 to 2147483647, e.g. [0, 1, 2]");
            return seeds;
        }
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            Error(node, "seeds", $"{Describe(node)} is not a list of seeds; allowed: a non-empty list of integers 0 to 2147483647, e.g. [0, 1, 2]");
            return seeds;
        }
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            if (item is not YamlScalarNode { Value: { } text } || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
                Error(item, $"seeds[{i}]", $"{Describe(item)} is not a seed; allowed: integers 0 to 2147483647");
            else if (seeds.Contains(seed))
                Error(item, $"seeds[{i}]", $"{seed} is listed twice; allowed: distinct seeds");
            else
                seeds.Add(seed);
        }
        return seeds;
    }

    private long? ParseSteps(YamlNode? node)
    {
        if (node is null) return null;
        if (node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= 1 && value <= long.MaxValue && Math.Floor(value) == value)
            return (long)value;
        Error(node, "steps", $"{Describe(node)} is not a step budget; allowed: a positive whole number, e.g. 100000 or 5e6");
        return null;
    }

    private Dictionary<string, ReferenceScore> ParseReferences(YamlNode? node, List<string> environments)
    {
        var references = new Dictionary<string, ReferenceScore>(StringComparer.Ordinal);
        if (node is null) return references;
        if (node is not YamlMappingNode mapping)
        {
            Error(node, "reference_scores", $"{Describe(node)} is not a mapping; allowed: environment key → {{ random: number, target: number }}");
            return references;
        }
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var path = $"reference_scores.{key}";
            if (environments.Count > 0 && !environments.Contains(key))
                Error(keyNode, path, $"'{key}' is not in environments; allowed: {string.Join(", ", environments)}");
            if (valueNode is not YamlMappingNode pair)
            {
                Error(valueNode, path, $"{Describe(valueNode)} is not a mapping; allowed: {{ random: number, target: number }}");
                continue;
            }
            foreach (var (innerKey, _) in pair.Children)
            {
                var inner = ((YamlScalarNode)innerKey).Value;
                if (inner is not ("random" or "target")) Error(innerKey, $"{path}.{inner}", "unknown key; allowed: random, target");
            }
            var random = Number(pair, "random", path);
            var target = Number(pair, "target", path);
            if (random is null || target is null) continue;
            if (random == target) Error(pair, path, $"random and target are both {random}; allowed: different numbers");
            else references[key] = new ReferenceScore(random.Value, target.Value);
        }
        return references;
    }

    private double? Number(YamlMappingNode pair, string key, string path)
    {
        var node = Child(pair, key);
        if (node is null)
        {
            Error(pair, $"{path}.{key}", "missing; allowed: a number");
            return null;
        }
        if (node is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        Error(node, $"{path}.{key}", $"{Describe(node)} is not a number; allowed: a finite number");
        return null;
    }

    /// <summary>
    /// The last dot-separated word of a component key, with any <c>+option=value</c> labels after it:
    /// <c>latent.gaussian</c> → <c>gaussian</c>, <c>minatar.breakout+sticky=0.25</c> → <c>breakout+sticky=0.25</c>.
    /// </summary>
    internal static string ShortKey(string key)
    {
        var plus = key.IndexOf('+');
        var head = plus < 0 ? key : key[..plus];
        return head[(head.LastIndexOf('.') + 1)..] + (plus < 0 ? "" : key[plus..]);
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: var value } => $"'{value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "this value",
    };

    private string Where(YamlNode node) => $"{file}:{node.Start.Line}";

    private void Error(YamlNode node, string keyPath, string message) => Error(node.Start.Line, keyPath, message);

    private void Error(long line, string keyPath, string message) => errors.Add(new MatrixFileError(file, line, keyPath, message));

    [GeneratedRegex("^[a-z0-9]+([._-][a-z0-9]+)*$")]
    private static partial Regex ComponentKey();

    [GeneratedRegex("^[a-z_][a-z0-9_-]*(\\.[a-z_][a-z0-9_-]*)*$")]
    private static partial Regex OptionPath();
}
