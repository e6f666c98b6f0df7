using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Acting;

/// <summary>
/// The <c>training.envs</c> training environments of a run (dreamerv2.md §1 with parallel environments), owned and
/// disposed together. Environment i has index i and seed <see cref="Seed"/>(run seed, i): the run seed itself for
/// i = 0 (so one environment behaves as before), SplitMix64-derived seeds for the others.
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

    /// <summary>The seed of training environment <paramref name="index"/>.</summary>
    public static int Seed(int runSeed, int index) => index == 0 ? runSeed : SeedMixer.Mix(runSeed, long.MinValue + index);

    public void Dispose()
    {
        foreach (var environment in members) environment.Dispose();
        members.Clear();
    }
}
