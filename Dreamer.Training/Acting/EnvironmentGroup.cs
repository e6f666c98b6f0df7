using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Acting;

/// <summary>
/// Environments stepped together and owned and disposed together (dreamerv2.md §1 with parallel environments): a run's
/// <c>training.envs</c> training environments, or its evaluation environments. Member i is made with index i and seed
/// <see cref="Seed"/>(group seed, i): the group seed itself for i = 0 (so one environment behaves as before),
/// SplitMix64-derived seeds for the others.
/// </summary>
public sealed class EnvironmentGroup : IDisposable
{
    private readonly List<IEnvironment> members = [];

    /// <summary>Builds <paramref name="count"/> environments; those already built are disposed if one fails.</summary>
    public EnvironmentGroup(MakeEnvironment make, int runSeed, int count)
    {
        ArgumentNullException.ThrowIfNull(make);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        try
        {
            for (var i = 0; i < count; i++) members.Add(make(Seed(runSeed, i), i));
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>The environments, in index order.</summary>
    public IReadOnlyList<IEnvironment> Members => members;

    /// <summary>The seed of member <paramref name="index"/> of a group seeded <paramref name="runSeed"/>.</summary>
    public static int Seed(int runSeed, int index) => index == 0 ? runSeed : SeedMixer.Mix(runSeed, long.MinValue + index);

    public void Dispose()
    {
        foreach (var environment in members) environment.Dispose();
        members.Clear();
    }
}
