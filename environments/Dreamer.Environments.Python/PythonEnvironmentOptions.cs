using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;

namespace Dreamer.Environments.Python;

/// <summary>Options of <see cref="GymnasiumEnvironment"/> and <see cref="DmEnvEnvironment"/> (docs/python-bridge.md).</summary>
public sealed record PythonEnvironmentOptions : IComponentOptions
{
    [Description("The Python interpreter: a path, or a name on the PATH.")]
    public string Python { get; init; } = "python3";

    [Description("A Gymnasium id for gymnasium.make, or module:callable or path/to/file.py:callable returning an environment.")]
    public string Id { get; init; } = "";

    [Description("Keyword arguments key=value for the environment (int, float, bool or str; {seed} is the environment's seed).")]
    public IReadOnlyList<string> Kwargs { get; init; } = [];

    [Description("Modules (a name, or path/to/file.py) the server imports before it makes the environment, such as ale_py, which registers the ALE ids with gymnasium.")]
    public IReadOnlyList<string> Imports { get; init; } = [];

    [Description("Wrappers applied in order as callable(env, **kwargs) right after the environment is made: module:callable or path/to/file.py:callable, optionally followed by (key=value, ...) parsed as kwargs are.")]
    public IReadOnlyList<string> Wrappers { get; init; } = [];

    [Description("For a dict observation: the key of the uint8 image.")]
    public string ImageKey { get; init; } = "";

    [Description("For a dict observation: the keys whose values concatenate into the float32 vector.")]
    public IReadOnlyList<string> VectorKeys { get; init; } = [];

    [Description("Seconds to wait for each reply of the server before it counts as hung.")]
    [Range(0.1, 86_400.0)]
    public double Timeout { get; init; } = 60;

    [Description("Crashed or hung servers restarted before the environment gives up.")]
    [Range(0, 1_000_000)]
    public int MaxRestarts { get; init; } = 3;
}
