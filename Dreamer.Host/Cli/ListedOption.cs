using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Dreamer.Abstractions.Schedules;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Cli;

/// <summary>
/// One option as <c>dreamer components</c> lists it: the descriptor, its type in composition terms (<c>int</c>,
/// <c>list of int</c>, <c>map</c>, <c>grid | image</c>), its default as YAML a composition file accepts, and its range as
/// the binder's errors state it (null when unbounded).
/// </summary>
internal sealed record ListedOption(OptionDescriptor Descriptor, string Type, string Default, string? Range)
{
    private static readonly IReadOnlyDictionary<Type, string> TypeNames = new Dictionary<Type, string>
    {
        [typeof(bool)] = "bool",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(string)] = "string",
        [typeof(Schedule)] = "schedule",
    };

    /// <summary>The options of <paramref name="optionsType"/> in declaration order.</summary>
    public static IReadOnlyList<ListedOption> Of(Type optionsType) =>
        ComponentOptionsSchema.Describe(optionsType)
            .Select(option =>
            {
                var range = optionsType.GetProperty(option.PropertyName)?.GetCustomAttribute<RangeAttribute>();
                return new ListedOption(
                    option,
                    TypeName(option.Type),
                    CompositionValueYaml.Format(option.Default),
                    range is null ? null : OptionValueConverter.RangeText(range));
            })
            .ToList();

    private static string TypeName(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return $"{TypeName(underlying)} or null";
        if (OptionProperties.ElementType(type) is { } element) return $"list of {TypeName(element)}";
        if (OptionProperties.IsNested(type)) return "map";
        if (type.IsEnum) return string.Join(" | ", Enum.GetNames(type).Select(KeyNaming.ToSnakeCase));
        return TypeNames.GetValueOrDefault(type) ?? type.Name;
    }
}
