using Dreamer.Host.Plugins;

namespace Dreamer.Host.Composition;

/// <summary>
/// A composition file merged with the presets it <c>extends:</c> and the <c>--set</c> overrides, before anything is
/// checked: enough to read the plugin folders it names (<see cref="PluginFolders"/>) and build the catalog that
/// <see cref="CompositionLoader.Bind"/> then checks and binds it against.
/// </summary>
public sealed class LayeredComposition
{
    private LayeredComposition(CompositionMap root, string file, IReadOnlyList<CompositionError> errors)
    {
        Root = root;
        File = file;
        Errors = errors;
        PluginFolders = PluginFolderPaths.Read(root);
    }

    /// <summary>
    /// The absolute folders of the merged <c>plugins.folders</c>, each resolved against the file (preset or composition)
    /// that named it, or against the current folder for a <c>--set</c> override.
    /// </summary>
    public IReadOnlyList<string> PluginFolders { get; }

    /// <summary>The merged tree.</summary>
    internal CompositionMap Root { get; }

    /// <summary>The composition file as errors show it.</summary>
    internal string File { get; }

    /// <summary>Errors of the overrides, reported with those of binding.</summary>
    internal IReadOnlyList<CompositionError> Errors { get; }

    /// <summary>
    /// Reads <paramref name="path"/> and its presets, merges them, and applies <paramref name="overrides"/>
    /// (<c>kl.with.alpha=0.5</c>) in order, each a layer above the file.
    /// </summary>
    /// <exception cref="CompositionException">The file or a preset cannot be read.</exception>
    public static LayeredComposition Read(string path, IEnumerable<string>? overrides, CompositionLoaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<CompositionError>();
        var fullPath = Path.GetFullPath(path);
        var root = new CompositionLayers(options, SlotContracts.Names, errors).Resolve(fullPath) ?? throw new CompositionException(errors);
        foreach (var assignment in overrides ?? [])
        {
            var layer = CompositionOverride.Parse(assignment, options.Limits, errors);
            if (layer is not null) root = CompositionMerge.Merge(root, PluginFolderPaths.Resolve(layer, Directory.GetCurrentDirectory()), SlotContracts.Names);
        }
        return new LayeredComposition(root, options.Display(fullPath), errors);
    }
}
