using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.Duplicate;

[Component("test.counter", Summary = "Another component with the good fixture's key.")]
public sealed class OtherCounter;
