namespace Dreamer.Host.Composition;

/// <summary>A node of a parsed composition file, with the place it was written.</summary>
internal abstract record CompositionNode(ValueSource Source)
{
    /// <summary>The node as an error message shows it: the scalar text, <c>a map</c> or <c>a list</c>.</summary>
    public abstract string Display { get; }
}
