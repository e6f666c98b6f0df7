namespace Dreamer.Host.Tests.Cli;

/// <summary>
/// Tests that build Atari-size networks (hundreds of MB) run alone, after the parallel ones, so they do not disturb
/// tests that measure the process's memory.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LargeModelCollection
{
    public const string Name = "large models";
}
