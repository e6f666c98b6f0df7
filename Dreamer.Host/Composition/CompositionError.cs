namespace Dreamer.Host.Composition;

/// <summary>
/// One problem in a composition: where it is (<c>file:line</c>, a file, or <c>--set</c>), the key path
/// (<c>kl.with.alpha</c>, empty for file-level problems) and what is wrong, including what is allowed.
/// Printed as <c>where: path: message</c>.
/// </summary>
public sealed record CompositionError(string Where, string Path, string Message)
{
    /// <summary>An error located at <paramref name="source"/>.</summary>
    public static CompositionError At(ValueSource source, string path, string message) => new(source.Text, path, message);

    public override string ToString() => Path.Length == 0 ? $"{Where}: {Message}" : $"{Where}: {Path}: {Message}";
}
