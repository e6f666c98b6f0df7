using System.Reflection;
using Dreamer.Abstractions.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dreamer.Testing;

/// <summary>
/// Builds a component the way the host does (docs/writing-a-component.md §3): its single public constructor is fed
/// its options record and the context records and earlier components it asks for (<c>ObservationShape</c>,
/// <c>FeatureSize</c>, <c>ActionShape</c>, <c>CellShape</c>, <c>EnvironmentContext</c>, an <c>IActorGradient</c>),
/// through <see cref="ActivatorUtilities"/>. Arguments the constructor does not take are ignored, as in the host.
/// </summary>
public static class ComponentBuilder
{
    /// <summary>
    /// Builds <typeparamref name="TComponent"/> from <paramref name="arguments"/>. When no options record is given, the
    /// options type's defaults are used (the record built by its parameterless constructor, as an empty <c>with:</c>).
    /// Throws <see cref="ComponentCheckException"/> when the class has not exactly one public constructor, a parameter
    /// has no argument, or an options record is given that the constructor does not take.
    /// </summary>
    public static TComponent Create<TComponent>(params object[] arguments) where TComponent : class
    {
        var type = typeof(TComponent);
        var constructors = type.GetConstructors();
        if (constructors.Length != 1)
        {
            throw new ComponentCheckException(
                $"{type.FullName} has {constructors.Length} public constructors; the host builds a component through exactly one.");
        }
        var selected = Select(type, constructors[0], arguments);
        try
        {
            return (TComponent)ActivatorUtilities.CreateInstance(NoServices.Instance, type, selected);
        }
        catch (Exception exception) when (exception is not ComponentCheckException)
        {
            var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
            throw new ComponentCheckException(
                $"{type.FullName} could not be built: its constructor threw {cause.GetType().Name}: {cause.Message}");
        }
    }

    private static object[] Select(Type type, ConstructorInfo constructor, IReadOnlyList<object> offered)
    {
        var unused = offered.ToList();
        var selected = new List<object>();
        foreach (var parameter in constructor.GetParameters())
        {
            var match = unused.FirstOrDefault(parameter.ParameterType.IsInstanceOfType) ?? DefaultOptions(parameter.ParameterType);
            if (match is null)
            {
                throw new ComponentCheckException(
                    $"{type.FullName}'s constructor needs {parameter.ParameterType.Name} (parameter '{parameter.Name}'), and no argument of that type was given.");
            }
            unused.Remove(match);
            selected.Add(match);
        }
        if (unused.FirstOrDefault(argument => argument is IComponentOptions and not NoOptions) is { } refused)
        {
            throw new ComponentCheckException($"{type.FullName} takes no options of type {refused.GetType().Name}.");
        }
        return selected.ToArray();
    }

    private static object? DefaultOptions(Type parameterType) =>
        typeof(IComponentOptions).IsAssignableFrom(parameterType) && parameterType.GetConstructor(Type.EmptyTypes) is { } defaults
            ? defaults.Invoke(null)
            : null;
}
