using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadShape;

[Component("test.two-constructors")]
public sealed class TwoConstructors
{
    public TwoConstructors()
    {
    }

    public TwoConstructors(NoOptions options) => Options = options;

    public NoOptions? Options { get; }
}
