using Dreamer.Abstractions.Components;

namespace Dreamer.TestPlugins.OldContracts;

[Component("test.old", Summary = "A component built against old contracts.")]
public sealed class OldEnvironment;
