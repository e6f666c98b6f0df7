namespace Dreamer.Host.Composition;

/// <summary>A YAML list.</summary>
internal sealed record CompositionSequence(IReadOnlyList<CompositionNode> Items, ValueSource Source) : CompositionNode(Source)
{
    public override string Display => "a list";
}
