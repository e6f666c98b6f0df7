using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Python;

/// <summary>
/// A dm_env environment in Python (a callable): the last step with discount 0 is terminal, with a discount above 0 last
/// but not terminal (dreamerv2.md §7.1); a seed reaches it only through a <c>{seed}</c> kwarg.
/// </summary>
[Component("python.dm_env", Summary = "A dm_env environment run by a Python interpreter over a pipe (docs/python-bridge.md)")]
public sealed class DmEnvEnvironment(PythonEnvironmentOptions options, EnvironmentContext context)
    : PythonEnvironment("dm_env", "python.dm_env", options, context);
