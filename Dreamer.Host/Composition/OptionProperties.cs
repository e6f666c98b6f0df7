using System.Reflection;
using Dreamer.Abstractions.Schedules;

namespace Dreamer.Host.Composition;

/// <summary>The bindable properties of an options record, by snake_case key, and the kinds of property types.</summary>
internal static class OptionProperties
{
    /// <summary>Public instance properties with a public (init) setter, in declaration order, keyed by snake_case name.</summary>
    public static IReadOnlyList<(string Key, PropertyInfo Property)> Of(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            .Select(property => (KeyNaming.ToSnakeCase(property.Name), property))
            .ToList();

    /// <summary>The keys of <paramref name="type"/> for an "allowed:" list.</summary>
    public static string KeysText(Type type)
    {
        var keys = Of(type).Select(entry => entry.Key).ToList();
        return keys.Count == 0 ? "no keys" : string.Join(", ", keys);
    }

    /// <summary>The element type of <c>T[]</c>, <c>IReadOnlyList&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c> or <c>IEnumerable&lt;T&gt;</c>; null otherwise.</summary>
    public static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!type.IsGenericType) return null;
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    /// <summary>True for a nested options record: a class with a parameterless constructor that is not a value-like type.</summary>
    public static bool IsNested(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Schedule) && ElementType(type) is null
        && type.GetConstructor(Type.EmptyTypes) is not null;
}
