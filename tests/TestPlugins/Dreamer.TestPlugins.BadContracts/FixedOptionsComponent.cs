using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadContracts;

/// <summary>A component whose options have no init accessors.</summary>
[Component("test.fixed-options")]
public sealed class FixedOptionsComponent(FixedOptions options)
{
    public float Alpha => options.Alpha;
}
