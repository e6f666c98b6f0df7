using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Host.Wiring;
using Microsoft.Extensions.DependencyInjection;

namespace Dreamer.Host.Cli;

/// <summary>
/// What the commands share: the plugin catalog (built-in plugins plus given folders) and the composition loader
/// with the host's sections. Commands take it by constructor; tests register their own.
/// </summary>
public class HostServices
{
    /// <summary>The catalog of the built-in plugins plus <paramref name="pluginFolders"/>; throws <see cref="PluginLoadException"/>.</summary>
    public virtual IComponentCatalog Catalog(IEnumerable<string> pluginFolders) => PluginCatalog.LoadWithBuiltIn(pluginFolders);

    /// <summary>Where presets are found and how file names are shown: the current folder's by default.</summary>
    public virtual CompositionLoaderOptions LoaderOptions() => new();

    /// <summary>A loader for compositions over <paramref name="catalog"/> requiring <paramref name="requiredSlots"/>.</summary>
    public virtual CompositionLoader Loader(IComponentCatalog catalog, IReadOnlySet<string> requiredSlots) =>
        new(new CompositionSchema(catalog, HostSections.All, requiredSlots) { Rules = [Rules] }, LoaderOptions());

    /// <summary>The rules across values of the host's sections; one instance, as FluentValidation validators are stateless.</summary>
    private static readonly TrainingCompositionRules Rules = new();

    /// <summary>The factory that builds components: options and context arguments first, then these services (none by default).</summary>
    public virtual ComponentFactory Factory() => new(new ServiceCollection().BuildServiceProvider());

    /// <summary>
    /// Loads <paramref name="file"/> with <paramref name="overrides"/>: merges the file, its presets and the overrides,
    /// builds the catalog of the built-in plugins, the plugin folders given on the command line and those the merged
    /// composition names under <c>plugins.folders</c> (a preset's relative to the preset, recorded as absolute paths),
    /// then checks and binds the merged composition against it.
    /// </summary>
    public ResolvedComposition LoadComposition(string file, IEnumerable<string> overrides, IEnumerable<string> pluginFolders, IReadOnlySet<string> requiredSlots)
    {
        var layers = LayeredComposition.Read(file, overrides, LoaderOptions());
        var catalog = Catalog(pluginFolders.Concat(layers.PluginFolders));
        return Loader(catalog, requiredSlots).Bind(layers);
    }

    /// <summary>The slots a training run needs: all of them.</summary>
    public static IReadOnlySet<string> TrainingSlots => CompositionSchema.AllSlots;
}
