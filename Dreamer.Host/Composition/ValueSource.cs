namespace Dreamer.Host.Composition;

/// <summary>
/// Where a composition value came from: <c>file:line</c>, <c>--set</c> for a command-line override, or
/// <c>default</c> for an options record's property initializer.
/// </summary>
public sealed record ValueSource(string Text)
{
    /// <summary>The value is the options record's default.</summary>
    public static ValueSource Default { get; } = new("default");

    /// <summary>The value came from a <c>--set path=value</c> override.</summary>
    public static ValueSource Override { get; } = new("--set");

    /// <summary>The value was written in <paramref name="file"/> at <paramref name="line"/> (1-based).</summary>
    public static ValueSource At(string file, long line) => new($"{file}:{line}");

    public override string ToString() => Text;
}
