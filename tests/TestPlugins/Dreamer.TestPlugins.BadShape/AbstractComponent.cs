using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadShape;

[Component("test.abstract")]
public abstract class AbstractComponent;
