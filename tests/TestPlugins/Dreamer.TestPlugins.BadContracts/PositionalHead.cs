namespace Dreamer.TestPlugins.BadContracts;

/// <summary>A nested options record written positionally.</summary>
public sealed record PositionalHead(int Units);
