using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Host.Composition;
using static TorchSharp.torch;

namespace Dreamer.Host.Plugins;

/// <summary>
/// The rules a loaded component class must follow: public, non-abstract, exactly one public constructor that takes at
/// most one <see cref="IComponentOptions"/> record, which composition files can set, and no other record than the
/// <see cref="ContextRecords"/>; and a <c>torch.nn.Module</c> when it implements the contract of a slot that requires one
/// (<see cref="SlotContract.RequiresModule"/>). The options type is that record's type, or <see cref="NoOptions"/>.
/// </summary>
internal static class ComponentTypeRules
{
    /// <summary>The descriptor of <paramref name="type"/>, or the problem that keeps it from being one.</summary>
    public static (ComponentDescriptor? Descriptor, string? Problem) Describe(Type type, ComponentAttribute attribute)
    {
        var problem = Problem(type, attribute.Key);
        if (problem is not null) return (null, problem);
        var options = OptionsParameters(Constructor(type));
        var optionsType = options.Count == 1 ? options[0].ParameterType : typeof(NoOptions);
        var assembly = type.Assembly;
        return (new ComponentDescriptor(attribute.Key, type, optionsType, attribute.Summary, assembly.GetName().Name!, assembly.Location), null);
    }

    /// <summary>The single public constructor of a component class the catalog accepted.</summary>
    public static ConstructorInfo Constructor(Type type) => type.GetConstructors().Single();

    private static string? Problem(Type type, string key)
    {
        var cause = Cause(type);
        if (cause is not null) return PluginProblems.BadComponent(key, type, cause);
        var constructor = Constructor(type);
        var options = OptionsParameters(constructor);
        if (options.Count > 1)
        {
            var names = string.Join(", ", options.Select(parameter => parameter.ParameterType.Name));
            return PluginProblems.BadComponent(key, type, $"takes {options.Count} options records ({names})");
        }
        var stray = constructor.GetParameters().FirstOrDefault(parameter =>
            IsRecord(parameter.ParameterType) && !options.Contains(parameter) && !ContextRecords.Types.Contains(parameter.ParameterType));
        if (stray is not null) return PluginProblems.StrayRecord(key, type, stray);
        var unbindable = options.Count == 1 ? OptionProperties.Unbindable(options[0].ParameterType) : null;
        if (unbindable is not null) return PluginProblems.UnbindableOptions(key, type, unbindable);
        var slot = SlotContracts.All.FirstOrDefault(slot => slot.RequiresModule && slot.Contract.IsAssignableFrom(type));
        return slot is not null && !typeof(nn.Module).IsAssignableFrom(type) ? PluginProblems.NotAModule(key, type, slot) : null;
    }

    private static string? Cause(Type type)
    {
        if (!type.IsVisible) return "is not public";
        if (type.IsAbstract) return "is abstract";
        if (type.IsGenericTypeDefinition) return "is generic";
        var constructors = type.GetConstructors().Length;
        return constructors == 1 ? null : $"has {constructors} public constructors";
    }

    private static IReadOnlyList<ParameterInfo> OptionsParameters(ConstructorInfo constructor) =>
        constructor.GetParameters().Where(parameter => typeof(IComponentOptions).IsAssignableFrom(parameter.ParameterType)).ToList();

    /// <summary>True for a record class: the compiler gives every one a <c>&lt;Clone&gt;$</c> method.</summary>
    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null;
}
