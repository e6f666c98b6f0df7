using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadContracts;

/// <summary>A component that takes a positional options record.</summary>
[Component("test.positional-options")]
public sealed class PositionalOptionsComponent(PositionalOptions options)
{
    public float Alpha => options.Alpha;
}
