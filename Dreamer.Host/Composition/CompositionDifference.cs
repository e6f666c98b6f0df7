namespace Dreamer.Host.Composition;

/// <summary>One value that differs between two resolved compositions: its key path and both values as written.</summary>
public sealed record CompositionDifference(string Path, string? Before, string? After)
{
    /// <summary>Every key path whose value differs, or exists in only one, in path order.</summary>
    public static IReadOnlyList<CompositionDifference> Between(ResolvedComposition before, ResolvedComposition after)
    {
        var left = before.Values.ToDictionary(value => value.Path, value => value.Text, StringComparer.Ordinal);
        var right = after.Values.ToDictionary(value => value.Path, value => value.Text, StringComparer.Ordinal);
        return left.Keys.Union(right.Keys)
            .Order(StringComparer.Ordinal)
            .Select(path => new CompositionDifference(path, left.GetValueOrDefault(path), right.GetValueOrDefault(path)))
            .Where(difference => difference.Before != difference.After)
            .ToList();
    }

    public override string ToString() => $"{Path}: {Before ?? "(absent)"} → {After ?? "(absent)"}";
}
