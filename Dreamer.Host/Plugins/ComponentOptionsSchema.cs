using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Dreamer.Host.Composition;

namespace Dreamer.Host.Plugins;

/// <summary>
/// Describes an options record for <c>dreamer components</c> as the composition binder reads it: the same options under
/// the same snake_case keys in the same order, with defaults from a record built by its public parameterless
/// constructor (the property initializers) and each property's <c>[Description]</c> and <c>[Range]</c>.
/// </summary>
public static class ComponentOptionsSchema
{
    /// <summary>The options of <paramref name="optionsType"/>, an options record the catalog accepted, in declaration order.</summary>
    public static IReadOnlyList<OptionDescriptor> Describe(Type optionsType)
    {
        var defaults = Activator.CreateInstance(optionsType);
        return OptionProperties.Of(optionsType)
            .Select(option =>
            {
                var range = option.Property.GetCustomAttribute<RangeAttribute>();
                return new OptionDescriptor(
                    option.Key,
                    option.Property.Name,
                    option.Property.PropertyType,
                    option.Property.GetValue(defaults),
                    option.Property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "",
                    range?.Minimum,
                    range?.Maximum);
            })
            .ToList();
    }
}
