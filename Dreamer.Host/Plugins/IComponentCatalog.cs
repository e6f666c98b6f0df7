namespace Dreamer.Host.Plugins;

/// <summary>Every component the host found, by key.</summary>
public interface IComponentCatalog
{
    /// <summary>All components, ordered by key.</summary>
    IReadOnlyList<ComponentDescriptor> Components { get; }

    /// <summary>The component with <paramref name="key"/>, or null.</summary>
    ComponentDescriptor? Find(string key);
}
