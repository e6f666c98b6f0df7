namespace Dreamer.Abstractions.Components;

/// <summary>
/// Marks a class as a Dreamer component with a stable key (for example <c>kl.balanced</c>). The key is what
/// composition files name in a slot's <c>type</c>. The component's options are the record type its public
/// constructor takes (see <see cref="IComponentOptions"/>); other constructor parameters are filled by the host
/// from the model's shapes.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ComponentAttribute(string key) : Attribute
{
    /// <summary>Stable key, lower case, dot-separated area and name: <c>latent.categorical</c>.</summary>
    public string Key { get; } = key;

    /// <summary>One line describing the component for <c>dreamer components</c>.</summary>
    public string Summary { get; init; } = "";
}
