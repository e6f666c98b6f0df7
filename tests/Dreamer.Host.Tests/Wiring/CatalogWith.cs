using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>The built-in catalog plus component classes of the test assembly, checked by the catalog's rules.</summary>
internal sealed class CatalogWith(IComponentCatalog inner, params Type[] extra) : IComponentCatalog
{
    private readonly IReadOnlyList<ComponentDescriptor> added = extra.Select(Describe).ToList();

    public IReadOnlyList<ComponentDescriptor> Components => inner.Components.Concat(added).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();

    public ComponentDescriptor? Find(string key) => added.FirstOrDefault(c => c.Key == key) ?? inner.Find(key);

    private static ComponentDescriptor Describe(Type type)
    {
        var (descriptor, problem) = ComponentTypeRules.Describe(type, type.GetCustomAttribute<ComponentAttribute>()!);
        return descriptor ?? throw new ArgumentException(problem, nameof(type));
    }
}
