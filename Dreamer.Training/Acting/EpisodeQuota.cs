using Dreamer.Training.Replay;

namespace Dreamer.Training.Acting;

/// <summary>
/// Plays exactly a given number of episodes in a driver's N environments at once, one batched policy call per step
/// (the evaluation of dreamerv2.md §5.7): environment i plays <see cref="Share"/> of them and is held once it has. A
/// fixed share per environment keeps the mean return unbiased, where keeping the first episodes to end would favour
/// short ones. With one environment it plays the episodes one after another, as a single environment does.
/// </summary>
public static class EpisodeQuota
{
    /// <summary>The episodes environment <paramref name="index"/> of <paramref name="environments"/> plays: ⌊count / N⌋, one more for index &lt; count mod N.</summary>
    public static int Share(int count, int environments, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(environments, 1);
        return count / environments + (index < count % environments ? 1 : 0);
    }

    /// <summary>
    /// Restarts <paramref name="driver"/> and yields <paramref name="count"/> episodes, each as it ends, acting with
    /// <paramref name="policy"/> (observations <c>[N, *shape]</c>, is_first <c>[N]</c> → actions <c>[N, A]</c>); stops
    /// early on <paramref name="cancellation"/>.
    /// </summary>
    public static IEnumerable<Episode> Play(Driver driver, Func<Array, float[], float[]> policy, int count, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(driver);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return PlayShares(driver, policy, count, cancellation);
    }

    private static IEnumerable<Episode> PlayShares(Driver driver, Func<Array, float[], float[]> policy, int count, CancellationToken cancellation)
    {
        driver.Restart();
        var left = Enumerable.Range(0, driver.Count).Select(index => Share(count, driver.Count, index)).ToArray();
        for (var index = 0; index < left.Length; index++)
        {
            if (left[index] == 0) driver.Hold(index);
        }
        var remaining = count;
        while (remaining > 0 && !cancellation.IsCancellationRequested)
        {
            foreach (var (index, episode) in driver.StepRows(policy))
            {
                left[index]--;
                remaining--;
                if (left[index] == 0) driver.Hold(index);
                yield return episode;
            }
        }
    }
}
