namespace Dreamer.Host.Plugins;

/// <summary>
/// A component found in a plugin: its stable key, the class that implements it, the options record its constructor
/// takes, its one-line summary and the assembly it came from.
/// </summary>
public sealed record ComponentDescriptor(
    string Key,
    Type ImplementationType,
    Type OptionsType,
    string Summary,
    string AssemblyName,
    string AssemblyLocation)
{
    /// <summary>True when the component implements <paramref name="contract"/>.</summary>
    public bool Implements(Type contract) => contract.IsAssignableFrom(ImplementationType);
}
