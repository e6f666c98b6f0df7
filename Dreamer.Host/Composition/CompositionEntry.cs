namespace Dreamer.Host.Composition;

/// <summary>One key of a map, where the key was written, and its value.</summary>
internal sealed record CompositionEntry(string Key, ValueSource KeySource, CompositionNode Value);
