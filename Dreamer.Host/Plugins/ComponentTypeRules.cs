using System.Reflection;
using Dreamer.Abstractions.Components;
using static TorchSharp.torch;

namespace Dreamer.Host.Plugins;

/// <summary>
/// The rules a loaded component class must follow: public, non-abstract, exactly one public constructor that takes at
/// most one <see cref="IComponentOptions"/> record, and a <c>torch.nn.Module</c> when it implements the contract of a
/// slot that requires one (<see cref="SlotContract.RequiresModule"/>). The options type is that record's type, or
/// <see cref="NoOptions"/>.
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
        var options = OptionsParameters(Constructor(type));
        if (options.Count > 1)
        {
            var names = string.Join(", ", options.Select(parameter => parameter.ParameterType.Name));
            return PluginProblems.BadComponent(key, type, $"takes {options.Count} options records ({names})");
        }
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
}
