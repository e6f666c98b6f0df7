using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;

namespace Dreamer.Host.Plugins;

/// <summary>
/// Describes an options record: its public properties by snake_case name, with defaults taken from a record built
/// with no arguments (property initializers) or from the primary constructor's default values. <c>[Description]</c> and
/// <c>[Range]</c> are read from the property or, for a positional record, from its constructor parameter.
/// </summary>
public static class ComponentOptionsSchema
{
    /// <summary>The composition name of a property: <c>FreeAvg</c> → <c>free_avg</c>.</summary>
    public static string SnakeCase(string propertyName) => JsonNamingPolicy.SnakeCaseLower.ConvertName(propertyName);

    /// <summary>The options of <paramref name="optionsType"/>, in declaration order.</summary>
    public static IReadOnlyList<OptionDescriptor> Describe(Type optionsType)
    {
        var defaults = optionsType.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(optionsType) : null;
        var parameters = optionsType.GetConstructors()
            .SelectMany(constructor => constructor.GetParameters())
            .Where(parameter => parameter.Name is not null)
            .GroupBy(parameter => parameter.Name!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.OrdinalIgnoreCase);
        return optionsType
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0)
            .OrderBy(property => property.MetadataToken)
            .Select(property =>
            {
                var parameter = parameters.GetValueOrDefault(property.Name);
                var range = property.GetCustomAttribute<RangeAttribute>() ?? parameter?.GetCustomAttribute<RangeAttribute>();
                var description = property.GetCustomAttribute<DescriptionAttribute>() ?? parameter?.GetCustomAttribute<DescriptionAttribute>();
                var value = defaults is not null ? property.GetValue(defaults)
                    : parameter is { HasDefaultValue: true } ? parameter.DefaultValue : null;
                return new OptionDescriptor(
                    SnakeCase(property.Name),
                    property.Name,
                    property.PropertyType,
                    value,
                    description?.Description ?? "",
                    range?.Minimum,
                    range?.Maximum);
            })
            .ToList();
    }
}
