namespace Dreamer.Training.Tests.Testing;

/// <summary>What a <see cref="FaultyEnvironment"/> gets wrong.</summary>
internal enum EnvironmentFault
{
    OutOfBounds,
    NeverEnds,
    IgnoresSeed,
    StepsAfterTheEnd,
}
