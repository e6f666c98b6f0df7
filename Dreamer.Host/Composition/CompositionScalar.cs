namespace Dreamer.Host.Composition;

/// <summary>A scalar as written; <paramref name="IsNull"/> for an empty plain value, <c>~</c> or <c>null</c>.</summary>
internal sealed record CompositionScalar(string Text, bool IsNull, ValueSource Source) : CompositionNode(Source)
{
    public override string Display => Text.Length == 0 ? "''" : Text;

    /// <summary>True for the texts a plain scalar means no value by: empty, <c>~</c>, <c>null</c>.</summary>
    public static bool IsNullText(string? text) => text is null or "" or "~" or "null" or "Null" or "NULL";
}
