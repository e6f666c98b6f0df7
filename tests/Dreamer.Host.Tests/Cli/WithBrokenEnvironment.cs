using Dreamer.Host.Cli;
using Dreamer.Host.Plugins;
using Dreamer.Host.Tests.Wiring;

namespace Dreamer.Host.Tests.Cli;

/// <summary>The host's services with <see cref="BrokenEnvironment"/> (<c>test.broken</c>) added to the catalog.</summary>
internal sealed class WithBrokenEnvironment : HostServices
{
    public override IComponentCatalog Catalog(IEnumerable<string> pluginFolders) => new CatalogWith(base.Catalog(pluginFolders), typeof(BrokenEnvironment));
}
