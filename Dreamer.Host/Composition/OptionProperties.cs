using System.Reflection;
using Dreamer.Abstractions.Schedules;

namespace Dreamer.Host.Composition;

/// <summary>
/// The one reader of options records, for the binder and for <c>dreamer components</c>: an option is a public instance
/// property with a public getter and a public (init) setter, keyed by its snake_case name (<see cref="KeyNaming"/>), in
/// declaration order. Also says why a record cannot be bound, and what kind of value a property type holds.
/// </summary>
internal static class OptionProperties
{
    /// <summary>The options of <paramref name="type"/> by snake_case key, in declaration order.</summary>
    public static IReadOnlyList<(string Key, PropertyInfo Property)> Of(Type type) =>
        Readable(type)
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => (KeyNaming.ToSnakeCase(property.Name), property))
            .ToList();

    /// <summary>The keys of <paramref name="type"/> for an "allowed:" list.</summary>
    public static string KeysText(Type type)
    {
        var keys = Of(type).Select(entry => entry.Key).ToList();
        return keys.Count == 0 ? "no keys" : string.Join(", ", keys);
    }

    /// <summary>
    /// Why composition files cannot set the options of <paramref name="type"/>, or null when they can: the binder copies
    /// a record built by its public parameterless constructor and sets each option through its init accessor, nested
    /// records alike.
    /// </summary>
    public static string? Unbindable(Type type) => Unbindable(type, []);

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
    public static bool IsNested(Type type) => IsRecordLike(type) && type.GetConstructor(Type.EmptyTypes) is not null;

    private static string? Unbindable(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type)) return null;
        if (type.IsAbstract || type.GetConstructor(Type.EmptyTypes) is null) return $"{type.Name} has no public parameterless constructor";
        var fixedOptions = Readable(type).Where(property => property.SetMethod is not { IsPublic: true }).Select(property => $"{type.Name}.{property.Name}").ToList();
        if (fixedOptions.Count > 0) return $"{string.Join(", ", fixedOptions)} {(fixedOptions.Count == 1 ? "has" : "have")} no public init accessor";
        return Of(type)
            .Select(option => option.Property.PropertyType)
            .Where(IsRecordLike)
            .Select(nested => Unbindable(nested, seen))
            .FirstOrDefault(cause => cause is not null);
    }

    private static bool IsRecordLike(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Schedule) && ElementType(type) is null;

    private static IEnumerable<PropertyInfo> Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            .OrderBy(property => property.MetadataToken);
}
