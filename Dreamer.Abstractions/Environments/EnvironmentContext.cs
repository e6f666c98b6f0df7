namespace Dreamer.Abstractions.Environments;

/// <summary>
/// What the host gives an environment besides its options: the seed of its random source and its index among
/// the environments of a run (so parallel copies draw different numbers).
/// </summary>
public sealed record EnvironmentContext(int Seed, int Index = 0);
