namespace Dreamer.Host.Composition;

/// <summary>
/// The option sections a composition file may hold, each bound to an options record (snake_case keys onto
/// PascalCase init properties, defaults from the property initializers). Immutable: <see cref="Add{T}"/> returns a
/// new registry.
/// </summary>
public sealed class CompositionSections
{
    private CompositionSections(IReadOnlyList<CompositionSection> entries) => Entries = entries;

    /// <summary>No sections.</summary>
    public static CompositionSections Empty { get; } = new([]);

    /// <summary>The sections in registration order.</summary>
    public IReadOnlyList<CompositionSection> Entries { get; }

    /// <summary>These sections plus <paramref name="name"/> bound to <typeparamref name="T"/>.</summary>
    public CompositionSections Add<T>(string name) where T : class, new()
    {
        if (Entries.Any(entry => entry.Name == name))
            throw new ArgumentException($"The section '{name}' is already registered.", nameof(name));
        if (Entries.Any(entry => entry.OptionsType == typeof(T)))
            throw new ArgumentException($"The options type {typeof(T).Name} is already bound to a section.", nameof(T));
        return new CompositionSections([.. Entries, new CompositionSection(name, typeof(T))]);
    }

    /// <summary>The section named <paramref name="name"/>, or null.</summary>
    public CompositionSection? Find(string name) => Entries.FirstOrDefault(entry => entry.Name == name);
}
