namespace Dreamer.Host.Tests.Plugins;

/// <summary>Folders of the fixture plugins (tests/TestPlugins), built into the test output's testplugins/ folder.</summary>
internal static class TestPlugin
{
    public const string Good = "Dreamer.TestPlugins.Good";
    public const string Duplicate = "Dreamer.TestPlugins.Duplicate";
    public const string OwnTorchSharp = "Dreamer.TestPlugins.OwnTorchSharp";
    public const string OldContracts = "Dreamer.TestPlugins.OldContracts";
    public const string BadShape = "Dreamer.TestPlugins.BadShape";
    public const string BadContracts = "Dreamer.TestPlugins.BadContracts";
    public const string ShapeMismatch = "Dreamer.TestPlugins.ShapeMismatch";

    public static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "testplugins", name);

    public static string Assembly(string name) => Path.Combine(Folder(name), name + ".dll");

    /// <summary>A fresh temporary folder, removed when disposed.</summary>
    public static TemporaryFolder Temporary() => new();
}
