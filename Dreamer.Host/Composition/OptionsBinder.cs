using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Dreamer.Host.Composition;

/// <summary>
/// Binds a map onto an options record: a copy of the defaults with each given key set through its init setter,
/// nested records bound from nested maps. Unknown keys and values that do not fit become errors; every leaf is
/// recorded with its source.
/// </summary>
internal sealed class OptionsBinder(List<CompositionError> errors)
{
    private static readonly MethodInfo ShallowCopy =
        typeof(object).GetMethod(nameof(MemberwiseClone), BindingFlags.Instance | BindingFlags.NonPublic)!;

    /// <summary>A new <paramref name="type"/> (its defaults) with <paramref name="map"/> bound onto it.</summary>
    public object Bind(Type type, CompositionMap? map, string path, List<ResolvedValue> values) =>
        BindOnto(Activator.CreateInstance(type) ?? throw new InvalidOperationException($"{type.Name} has no parameterless constructor."), map, path, values);

    /// <summary>
    /// <paramref name="node"/> as a map: null for no value (defaults apply), or null after an error naming
    /// <paramref name="keys"/> when it is not a map.
    /// </summary>
    public CompositionMap? AsMap(CompositionNode? node, string path, string keys)
    {
        switch (node)
        {
            case CompositionMap map:
                return map;
            case null or CompositionScalar { IsNull: true }:
                return null;
            default:
                errors.Add(CompositionError.At(node.Source, path, $"{node.Display} is not a map; allowed: a map with keys {keys}"));
                return null;
        }
    }

    private object BindOnto(object defaults, CompositionMap? map, string path, List<ResolvedValue> values)
    {
        var instance = ShallowCopy.Invoke(defaults, null)!;
        var type = instance.GetType();
        var properties = OptionProperties.Of(type);
        foreach (var entry in map?.Entries ?? [])
        {
            if (properties.All(known => known.Key != entry.Key))
                errors.Add(CompositionError.At(entry.KeySource, $"{path}.{entry.Key}", $"unknown key; allowed: {OptionProperties.KeysText(type)}"));
        }
        foreach (var (key, property) in properties)
        {
            var keyPath = $"{path}.{key}";
            var node = map?.Find(key)?.Value;
            var current = property.GetValue(instance);
            if (OptionProperties.IsNested(property.PropertyType) && current is not null)
            {
                var nested = AsMap(node, keyPath, OptionProperties.KeysText(property.PropertyType));
                property.SetValue(instance, BindOnto(current, nested, keyPath, values));
            }
            else if (node is null)
            {
                values.Add(new ResolvedValue(keyPath, current, ValueSource.Default));
            }
            else if (OptionValueConverter.TryConvert(property.PropertyType, property.GetCustomAttribute<RangeAttribute>(), node, keyPath, errors, out var value))
            {
                property.SetValue(instance, value);
                values.Add(new ResolvedValue(keyPath, value, node.Source));
            }
        }
        return instance;
    }
}
