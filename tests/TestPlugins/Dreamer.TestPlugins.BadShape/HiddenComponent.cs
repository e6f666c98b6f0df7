using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.BadShape;

[Component("test.hidden")]
internal sealed class HiddenComponent;
