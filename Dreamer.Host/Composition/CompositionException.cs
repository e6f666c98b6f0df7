namespace Dreamer.Host.Composition;

/// <summary>Every error found while loading a composition, reported together; nothing was built.</summary>
public sealed class CompositionException(IReadOnlyList<CompositionError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    /// <summary>The errors in the order they were found.</summary>
    public IReadOnlyList<CompositionError> Errors { get; } = errors;
}
