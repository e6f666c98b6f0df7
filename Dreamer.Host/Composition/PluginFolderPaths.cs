namespace Dreamer.Host.Composition;

/// <summary>
/// The plugin folders a composition names under <c>plugins.folders</c>. Each layer's folders are made absolute against
/// the folder of the file that names them (the current folder for a <c>--set</c> override) before the layers merge, so a
/// preset names folders relative to itself and the resolved composition records absolute paths that work from a run
/// folder.
/// </summary>
internal static class PluginFolderPaths
{
    /// <summary><paramref name="layer"/> with the relative folders of its <c>plugins.folders</c> list made absolute against <paramref name="folder"/>.</summary>
    public static CompositionMap Resolve(CompositionMap layer, string folder)
    {
        if (layer.Find(CompositionKeys.Plugins) is not { Value: CompositionMap plugins } section
            || plugins.Find(CompositionKeys.Folders) is not { Value: CompositionSequence list } folders)
        {
            return layer;
        }
        var absolute = list with { Items = list.Items.Select(item => IsFolder(item) ? Absolute((CompositionScalar)item, folder) : item).ToList() };
        return layer.With(section with { Value = plugins.With(folders with { Value = absolute }) });
    }

    /// <summary>The folders of the merged <paramref name="root"/>'s <c>plugins.folders</c> list; none when it has no such list.</summary>
    public static IReadOnlyList<string> Read(CompositionMap root) =>
        root.Find(CompositionKeys.Plugins)?.Value is CompositionMap plugins && plugins.Find(CompositionKeys.Folders)?.Value is CompositionSequence list
            ? list.Items.Where(IsFolder).Select(item => ((CompositionScalar)item).Text).ToList()
            : [];

    private static bool IsFolder(CompositionNode node) => node is CompositionScalar { IsNull: false } scalar && !string.IsNullOrWhiteSpace(scalar.Text);

    private static CompositionScalar Absolute(CompositionScalar folder, string against) =>
        folder with { Text = Path.GetFullPath(Path.Combine(against, folder.Text)) };
}
