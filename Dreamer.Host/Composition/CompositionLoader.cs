namespace Dreamer.Host.Composition;

/// <summary>
/// Loads a composition file: reads it and the presets it extends, merges the layers, applies <c>--set</c> overrides
/// (<see cref="LayeredComposition"/>), then checks and binds everything against the schema. Throws one
/// <see cref="CompositionException"/> listing every error; builds nothing.
/// </summary>
public sealed class CompositionLoader(CompositionSchema schema, CompositionLoaderOptions options)
{
    /// <summary>
    /// The resolved composition of <paramref name="path"/> with <paramref name="overrides"/> (<c>kl.with.alpha=0.5</c>)
    /// applied in order, each a layer above the file.
    /// </summary>
    /// <exception cref="CompositionException">The file, a preset, an override or a value is invalid.</exception>
    public ResolvedComposition Load(string path, IEnumerable<string>? overrides = null) => Bind(LayeredComposition.Read(path, overrides, options));

    /// <summary>Checks and binds <paramref name="layers"/> against the schema, with the errors its overrides had.</summary>
    /// <exception cref="CompositionException">An override or a value is invalid.</exception>
    public ResolvedComposition Bind(LayeredComposition layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var errors = layers.Errors.ToList();
        var resolved = new CompositionBinder(schema, errors).Bind(layers.Root, layers.File);
        if (errors.Count == 0) errors.AddRange(CheckRules(resolved, layers.File));
        return errors.Count == 0 ? resolved : throw new CompositionException(errors);
    }

    private IEnumerable<CompositionError> CheckRules(ResolvedComposition resolved, string file)
    {
        var sources = resolved.Values.ToDictionary(value => value.Path, value => value.Source, StringComparer.Ordinal);
        foreach (var rule in schema.Rules)
        {
            foreach (var failure in rule.Validate(resolved).Errors)
            {
                var path = failure.PropertyName;
                var list = path.IndexOf('[', StringComparison.Ordinal);
                var where = sources.TryGetValue(path, out var source) || (list > 0 && sources.TryGetValue(path[..list], out source))
                    ? source.Text
                    : file;
                yield return new CompositionError(where, failure.PropertyName, failure.ErrorMessage);
            }
        }
    }
}
