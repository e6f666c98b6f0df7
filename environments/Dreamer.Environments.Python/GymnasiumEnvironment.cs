using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Python;

/// <summary>
/// A Gymnasium environment in Python (<c>gymnasium.make(id)</c> or a callable): <c>terminated</c> is terminal (and
/// last), <c>truncated</c> last but not terminal (dreamerv2.md §7.1); the first reset passes <c>seed</c>.
/// </summary>
[Component("python.gymnasium", Summary = "A Gymnasium environment run by a Python interpreter over a pipe (docs/python-bridge.md)")]
public sealed class GymnasiumEnvironment(PythonEnvironmentOptions options, EnvironmentContext context)
    : PythonEnvironment("gymnasium", "python.gymnasium", options, context);
