using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadContracts;

/// <summary>A component whose options record is not an IComponentOptions record: the host would never fill it.</summary>
[Component("test.unmarked-options")]
public sealed class UnmarkedOptionsComponent(UnmarkedOptions options)
{
    public int Depth => options.Depth;
}
