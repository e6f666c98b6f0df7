using Dreamer.Abstractions.Environments;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Cli;

/// <summary>The environment component that an <c>env</c> command names by key, or why there is none.</summary>
public static class EnvironmentComponent
{
    /// <summary>
    /// The component <paramref name="key"/> names in <paramref name="catalog"/> when it is an environment; otherwise null,
    /// with <paramref name="problem"/> saying so and listing the catalog's environments.
    /// </summary>
    public static ComponentDescriptor? Find(IComponentCatalog catalog, string key, out string problem)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var environments = catalog.Components.Where(component => component.Implements(typeof(IEnvironment))).Select(component => component.Key).ToList();
        var known = environments.Count == 0 ? "none" : string.Join(", ", environments);
        var component = catalog.Find(key);
        problem = component is null ? $"unknown component '{key}'; environments: {known}"
            : !component.Implements(typeof(IEnvironment)) ? $"'{key}' is not an environment (it does not implement {nameof(IEnvironment)}); environments: {known}"
            : "";
        return problem.Length == 0 ? component : null;
    }
}
