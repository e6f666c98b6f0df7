namespace Dreamer.Host.Composition;

/// <summary>
/// How much a composition file may hold, so that a wrong path (<c>/dev/zero</c>, a data file) or a generated file is
/// refused at once instead of filling memory: its size in bytes, the YAML nodes (scalars, lists, maps and expanded
/// aliases) of one file or <c>--set</c> value, and how deeply lists and maps nest. Presets are held to the same limits.
/// </summary>
public sealed record CompositionLimits
{
    /// <summary>The limits of every command: 1 MiB, 10,000 nodes, 64 levels.</summary>
    public static CompositionLimits Default { get; } = new();

    /// <summary>The most bytes a composition or preset file may have; at most this plus one byte is ever read.</summary>
    public int MaxFileBytes { get; init; } = 1 << 20;

    /// <summary>The most YAML nodes one file or <c>--set</c> value may hold, aliases counted at each use.</summary>
    public int MaxNodes { get; init; } = 10_000;

    /// <summary>The most levels lists and maps may nest.</summary>
    public int MaxDepth { get; init; } = 64;
}
