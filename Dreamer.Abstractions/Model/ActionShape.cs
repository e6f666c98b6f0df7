namespace Dreamer.Abstractions.Model;

/// <summary>
/// The agent's action vector: <paramref name="Size"/> one-hot entries when <paramref name="Discrete"/>, else a
/// vector in [−1, 1] (dreamerv2.md §2.2, §3).
/// </summary>
public sealed record ActionShape(int Size, bool Discrete);
