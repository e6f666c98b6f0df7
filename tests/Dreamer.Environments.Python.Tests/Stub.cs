namespace Dreamer.Environments.Python.Tests;

/// <summary>The numpy-only stub environments of <c>Stubs/stub_envs.py</c>, run by Debian's interpreter.</summary>
internal static class Stub
{
    public const string Python = "/usr/bin/python3";

    public static string File => Path.Combine(AppContext.BaseDirectory, "Stubs", "stub_envs.py");

    /// <summary><c>Stubs/stub_wrappers.py</c>: wrappers for the <c>wrappers</c> option.</summary>
    public static string Wrappers => Path.Combine(AppContext.BaseDirectory, "Stubs", "stub_wrappers.py");

    /// <summary><c>Stubs/stub_plugin.py</c>: a module for the <c>imports</c> option that defines <c>PluginEnv</c>.</summary>
    public static string Plugin => Path.Combine(AppContext.BaseDirectory, "Stubs", "stub_plugin.py");

    /// <summary>The Gymnasium-API stub <c>GymStub</c> with keyword arguments <c>key=value</c>.</summary>
    public static PythonEnvironmentOptions Gym(params string[] kwargs) =>
        new() { Python = Python, Id = $"{File}:GymStub", Kwargs = kwargs, Timeout = 20 };

    /// <summary>The dm_env-API stub <c>DmStub</c>, its dict observation read through both vector keys.</summary>
    public static PythonEnvironmentOptions Dm(params string[] kwargs) =>
        new() { Python = Python, Id = $"{File}:DmStub", Kwargs = kwargs, VectorKeys = ["position", "velocity"], Timeout = 20 };
}
