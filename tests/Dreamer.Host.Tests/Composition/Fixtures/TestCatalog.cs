using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Tests.Composition.Fixtures;

/// <summary>An in-memory catalog of the test components, each paired with its options record.</summary>
internal sealed class TestCatalog : IComponentCatalog
{
    public TestCatalog(params (Type Implementation, Type Options)[] components) =>
        Components = components
            .Select(component => new ComponentDescriptor(
                component.Implementation.GetCustomAttribute<ComponentAttribute>()!.Key,
                component.Implementation,
                component.Options,
                "",
                "Dreamer.Host.Tests",
                ""))
            .OrderBy(descriptor => descriptor.Key, StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<ComponentDescriptor> Components { get; }

    public ComponentDescriptor? Find(string key) => Components.FirstOrDefault(descriptor => descriptor.Key == key);
}
