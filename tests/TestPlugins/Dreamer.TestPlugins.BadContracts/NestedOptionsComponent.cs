using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadContracts;

/// <summary>A component whose options nest a positional record.</summary>
[Component("test.nested-options")]
public sealed class NestedOptionsComponent(NestedOptions options)
{
    public int Units => options.Head.Units;
}
