using System.Reflection;
using Dreamer.Abstractions.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dreamer.Host.Plugins;

/// <summary>
/// Builds components from the catalog. The constructor's parameters are filled from the options record, then from
/// <c>arguments</c> (context records such as <c>EnvironmentContext</c>, <c>ObservationShape</c> or <c>FeatureSize</c>, and
/// components built before, such as an <c>IActorGradient</c>), then from the service provider. Arguments the constructor
/// does not take are ignored, so the host may offer the same context to every component.
/// </summary>
public sealed class ComponentFactory(IServiceProvider services)
{
    /// <summary>Builds <paramref name="component"/> with <paramref name="options"/>; throws <see cref="ComponentConstructionException"/>.</summary>
    public object Create(ComponentDescriptor component, IComponentOptions options, params object[] arguments)
    {
        if (!component.OptionsType.IsInstanceOfType(options))
        {
            throw new ArgumentException(
                $"Component '{component.Key}' ({component.ImplementationType.FullName}) takes options of type " +
                $"{component.OptionsType.Name}, not {options.GetType().Name}.", nameof(options));
        }
        var selected = Select(component, ComponentTypeRules.Constructor(component.ImplementationType), [options, .. arguments]);
        try
        {
            return ActivatorUtilities.CreateInstance(services, component.ImplementationType, selected);
        }
        catch (Exception exception)
        {
            var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
            throw new ComponentConstructionException(
                $"Component '{component.Key}' ({component.ImplementationType.FullName}) could not be built: its constructor threw " +
                $"{cause.GetType().Name}: {cause.Message}",
                cause);
        }
    }

    /// <summary>Builds <paramref name="component"/> as a <typeparamref name="TContract"/>.</summary>
    public TContract Create<TContract>(ComponentDescriptor component, IComponentOptions options, params object[] arguments)
        where TContract : class
    {
        if (!component.Implements(typeof(TContract)))
        {
            throw new ComponentConstructionException(
                $"Component '{component.Key}' ({component.ImplementationType.FullName}) does not implement {typeof(TContract).Name}.");
        }
        return (TContract)Create(component, options, arguments);
    }

    private object[] Select(ComponentDescriptor component, ConstructorInfo constructor, IReadOnlyList<object> offered)
    {
        var unused = offered.ToList();
        var selected = new List<object>();
        var missing = new List<string>();
        var known = services.GetService<IServiceProviderIsService>();
        foreach (var parameter in constructor.GetParameters())
        {
            var match = unused.FirstOrDefault(parameter.ParameterType.IsInstanceOfType);
            if (match is not null)
            {
                unused.Remove(match);
                selected.Add(match);
            }
            else if (!parameter.HasDefaultValue && known?.IsService(parameter.ParameterType) != true)
            {
                missing.Add($"{parameter.ParameterType.Name} (parameter '{parameter.Name}')");
            }
        }
        if (missing.Count > 0)
        {
            throw new ComponentConstructionException(
                $"Component '{component.Key}' ({component.ImplementationType.FullName}) could not be built: its constructor needs " +
                $"{string.Join(" and ", missing)}, and no argument or service of that type was given.");
        }
        return selected.ToArray();
    }
}
