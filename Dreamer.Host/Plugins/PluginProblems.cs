namespace Dreamer.Host.Plugins;

/// <summary>Refusal messages shared by the checks before and after loading.</summary>
internal static class PluginProblems
{
    /// <summary>A plugin whose assembly could not be read or loaded, with the reader's or loader's reason.</summary>
    public static string CouldNotLoad(PluginCandidate candidate, string reason) =>
        $"Plugin '{candidate.Name}' ({candidate.AssemblyPath}) could not be loaded: {OneLine(reason)}. " +
        "Fix: rebuild the plugin and copy its whole build output (the dll, its deps.json and every dependency) into its folder.";

    /// <summary>A component class that breaks a rule the host needs to build it.</summary>
    public static string BadComponent(string key, Type type, string cause) =>
        $"Component '{key}' ({type.FullName} in {type.Assembly.GetName().Name}) {cause}. " +
        "Fix: a component class must be public and non-abstract, with exactly one public constructor that takes at most one IComponentOptions record.";

    private static string OneLine(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
