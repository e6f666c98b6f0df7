using System.Reflection;

namespace Dreamer.Host.Plugins;

/// <summary>Refusal messages shared by the checks before and after loading: each names the assembly, the cause and the fix.</summary>
internal static class PluginProblems
{
    /// <summary>A plugin whose assembly could not be read or loaded, with the reader's or loader's reason.</summary>
    public static string CouldNotLoad(PluginCandidate candidate, string reason) =>
        $"Plugin '{candidate.Name}' ({candidate.AssemblyPath}) could not be loaded: {OneLine(reason)}. " +
        "Fix: rebuild the plugin and copy its whole build output (the dll, its deps.json and every dependency) into its folder.";

    /// <summary>A component class whose shape keeps the host from building it.</summary>
    public static string BadComponent(string key, Type type, string cause) =>
        Refused(key, type, cause,
            "a component class must be public and non-abstract, with exactly one public constructor that takes at most one IComponentOptions record.");

    /// <summary>A component of a slot that requires a module (<see cref="SlotContract.RequiresModule"/>) that is not one.</summary>
    public static string NotAModule(string key, Type type, SlotContract slot) =>
        Refused(key, type,
            $"implements {slot.Contract.Name} but does not derive from torch.nn.Module, which the {slot.Slot} slot requires: " +
            "the host trains, moves and checkpoints its parameters with the agent",
            $"derive {type.Name} from torch.nn.Module and register its layers with RegisterComponents() in its constructor.");

    /// <summary>A constructor parameter of a record type the host never gives: an options record that lacks <c>IComponentOptions</c>.</summary>
    public static string StrayRecord(string key, Type type, ParameterInfo parameter)
    {
        var record = parameter.ParameterType.Name;
        return Refused(key, type,
            $"takes {record} (parameter '{parameter.Name}'), a record that is neither an IComponentOptions record nor a context record the host gives " +
            $"({string.Join(", ", ContextRecords.Types.Select(context => context.Name))})",
            $"declare {record} as a record that implements IComponentOptions if it holds the component's options, or take one of those context records.");
    }

    /// <summary>A component whose options record composition files cannot set, with <paramref name="cause"/>.</summary>
    public static string UnbindableOptions(string key, Type type, string cause) =>
        Refused(key, type, $"takes options that composition files cannot set: {cause}",
            "give each options record a public parameterless constructor and declare each option as a { get; init; } property with a default " +
            "initializer, as docs/writing-a-component.md shows.");

    private static string Refused(string key, Type type, string cause, string fix) =>
        $"Component '{key}' ({type.FullName} in {type.Assembly.GetName().Name}) {cause}. Fix: {fix}";

    private static string OneLine(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
