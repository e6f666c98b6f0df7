namespace Dreamer.Abstractions.Environments;

/// <summary>An observation or action space (dreamerv2.md §7).</summary>
public abstract record Space;
