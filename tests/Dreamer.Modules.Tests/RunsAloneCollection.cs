namespace Dreamer.Modules.Tests;

/// <summary>
/// Tests that must not share the process with others: they build Atari-size networks, measure the process's memory,
/// or depend on torch's global random generator (determinism). They run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAloneCollection
{
    public const string Name = "runs alone";
}
