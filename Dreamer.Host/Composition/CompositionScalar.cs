namespace Dreamer.Host.Composition;

/// <summary>A scalar as written; <paramref name="IsNull"/> for an empty plain value, <c>~</c> or <c>null</c>.</summary>
internal sealed record CompositionScalar(string Text, bool IsNull, ValueSource Source) : CompositionNode(Source)
{
    public override string Display => Text.Length == 0 ? "''" : Text;
}
