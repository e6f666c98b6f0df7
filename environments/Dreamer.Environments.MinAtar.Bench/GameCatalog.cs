using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.MinAtar.Bench;

/// <summary>The MinAtar games by component key, found from their <see cref="ComponentAttribute"/>.</summary>
internal static class GameCatalog
{
    private static readonly IReadOnlyDictionary<string, Type> Types = typeof(MinAtarEnvironment).Assembly.GetTypes()
        .Select(type => (Type: type, Attribute: type.GetCustomAttribute<ComponentAttribute>()))
        .Where(entry => entry.Attribute is not null)
        .ToDictionary(entry => entry.Attribute!.Key, entry => entry.Type);

    public static IEnumerable<string> Keys => Types.Keys.Order();

    public static MinAtarEnvironment Create(string key, MinAtarOptions options, int seed)
    {
        if (!Types.TryGetValue(key, out var type))
        {
            throw new ArgumentException($"Unknown game '{key}'; known: {string.Join(", ", Keys)}.", nameof(key));
        }

        return (MinAtarEnvironment)Activator.CreateInstance(type, options, new EnvironmentContext(seed))!;
    }
}
