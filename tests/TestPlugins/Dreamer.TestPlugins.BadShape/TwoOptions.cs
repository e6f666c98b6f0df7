using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadShape;

[Component("test.two-options")]
public sealed class TwoOptions(NoOptions first, NoOptions second)
{
    public bool Same => ReferenceEquals(first, second);
}
