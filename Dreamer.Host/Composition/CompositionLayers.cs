using YamlDotNet.Core;

namespace Dreamer.Host.Composition;

/// <summary>
/// Reads a composition file and the presets it <c>extends:</c>, in order, recursively, and merges them into one map
/// (earlier layers first, the file itself last). Each file's <c>plugins.folders</c> are made absolute against its folder
/// (<see cref="PluginFolderPaths"/>). Missing files, cycles and syntax errors are added to the error list.
/// </summary>
internal sealed class CompositionLayers(CompositionLoaderOptions options, IReadOnlySet<string> slots, List<CompositionError> errors)
{
    /// <summary>The merged layers of the file at <paramref name="fullPath"/>, or null when it could not be read.</summary>
    public CompositionMap? Resolve(string fullPath) => Load(fullPath, [fullPath]);

    private CompositionMap? Load(string fullPath, IReadOnlyList<string> chain)
    {
        var display = options.Display(fullPath);
        if (!File.Exists(fullPath))
        {
            errors.Add(new CompositionError(display, "", "the file does not exist"));
            return null;
        }
        var text = CompositionFileText.Read(fullPath, display, options.Limits, errors);
        if (text is null) return null;
        CompositionNode? root;
        try
        {
            root = CompositionYamlReader.Parse(text, line => ValueSource.At(display, line), options.Limits);
        }
        catch (YamlException exception)
        {
            var where = $"{display}:{exception.Start.Line}:{exception.Start.Column}";
            errors.Add(new CompositionError(where, "", exception is CompositionLimitException ? exception.Message : $"invalid YAML: {exception.Message}"));
            return null;
        }
        switch (root)
        {
            case null:
                return new CompositionMap([], ValueSource.At(display, 1));
            case CompositionMap map:
                var folder = Path.GetDirectoryName(fullPath)!;
                return Layer(PluginFolderPaths.Resolve(map, folder), folder, chain);
            default:
                errors.Add(CompositionError.At(root.Source, "", $"{root.Display} is not a composition; allowed: a map of slots and sections"));
                return null;
        }
    }

    private CompositionMap? Layer(CompositionMap file, string folder, IReadOnlyList<string> chain)
    {
        var body = file.Without(CompositionKeys.Extends);
        var extends = file.Find(CompositionKeys.Extends);
        if (extends is null) return body;
        var merged = new CompositionMap([], body.Source);
        var complete = true;
        foreach (var name in PresetNames(extends.Value))
        {
            var preset = Locate(name, folder);
            if (preset is null)
            {
                complete = false;
                continue;
            }
            if (chain.Contains(preset))
            {
                var cycle = string.Join(" -> ", chain.Append(preset).Select(options.Display));
                errors.Add(CompositionError.At(name.Source, CompositionKeys.Extends, $"{name.Text} forms a cycle: {cycle}"));
                complete = false;
                continue;
            }
            var layer = Load(preset, [.. chain, preset]);
            if (layer is null) complete = false;
            else merged = CompositionMerge.Merge(merged, layer, slots);
        }
        return complete ? CompositionMerge.Merge(merged, body, slots) : null;
    }

    private IEnumerable<CompositionScalar> PresetNames(CompositionNode node)
    {
        var items = node is CompositionSequence sequence ? sequence.Items : [node];
        foreach (var item in items)
        {
            if (item is CompositionScalar { IsNull: false } scalar) yield return scalar;
            else errors.Add(CompositionError.At(item.Source, CompositionKeys.Extends, $"{item.Display} is not a preset; allowed: a preset name, a relative path, or a list of them"));
        }
    }

    /// <summary>
    /// A bare name (<c>atari</c>) is <c>atari.yaml</c> in the presets folder; anything else is a path relative to the
    /// extending file, <c>.yaml</c> added when it has no extension.
    /// </summary>
    private string? Locate(CompositionScalar name, string folder)
    {
        var fileName = Path.HasExtension(name.Text) ? name.Text : name.Text + ".yaml";
        var bare = Path.GetFileName(name.Text) == name.Text && !Path.HasExtension(name.Text);
        if (bare && options.PresetsFolder is null)
        {
            errors.Add(CompositionError.At(name.Source, CompositionKeys.Extends,
                $"{name.Text} was not found; allowed: a preset in a presets folder (none found: no compositions folder above the current or the executable's folder), or a relative path"));
            return null;
        }
        var candidate = Path.GetFullPath(Path.Combine(bare ? options.PresetsFolder! : folder, fileName));
        if (File.Exists(candidate)) return candidate;
        var allowed = bare ? $"; allowed: {Presets(options.PresetsFolder!)}" : "";
        errors.Add(CompositionError.At(name.Source, CompositionKeys.Extends, $"{name.Text} was not found; looked for {options.Display(candidate)}{allowed}"));
        return null;
    }

    private static string Presets(string folder)
    {
        var names = Directory.EnumerateFiles(folder, "*.yaml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? "no presets in that folder" : string.Join(", ", names);
    }
}
