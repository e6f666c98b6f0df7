using Dreamer.Training.Acting;

namespace Dreamer.Training.Tests.Acting;

/// <summary>
/// Greedy evaluation in N environments at once plays exactly the episodes asked for, a fixed share in each environment,
/// so environments with short episodes do not crowd out those with long ones; a held environment is not stepped.
/// </summary>
public sealed class EpisodeQuotaTests
{
    [Fact]
    public void TheSharesAreAsEvenAsPossibleAndSumToTheCount()
    {
        Assert.Equal([4, 3, 3], Enumerable.Range(0, 3).Select(i => EpisodeQuota.Share(10, 3, i)));
        Assert.Equal([1, 1, 0, 0, 0], Enumerable.Range(0, 5).Select(i => EpisodeQuota.Share(2, 5, i)));
        Assert.Equal([100], Enumerable.Range(0, 1).Select(i => EpisodeQuota.Share(100, 1, i)));
        foreach (var (count, environments) in new[] { (7, 2), (100, 10), (101, 10), (3, 8) })
            Assert.Equal(count, Enumerable.Range(0, environments).Sum(i => EpisodeQuota.Share(count, environments, i)));
    }

    [Fact]
    public void EachEnvironmentPlaysItsShareEvenWhenItsEpisodesAreShort()
    {
        var log = new List<string>();
        var driver = new Driver([new LoggedEnvironment(0, 1, log), new LoggedEnvironment(1, 4, log)], [1], 1);

        var episodes = EpisodeQuota.Play(driver, (_, _) => [0.5f, 0.5f], 4, CancellationToken.None).ToList();

        // Taking the first four episodes to end would give three of length 1 and one of length 4.
        Assert.Equal([1, 1, 4, 4], episodes.Select(e => e.Length).Order());
        Assert.Equal(2, log.Count(line => line == "reset 0"));
        Assert.Equal(2, log.Count(line => line.StartsWith("step 0 ", StringComparison.Ordinal)));
        Assert.Equal(8, log.Count(line => line.StartsWith("step 1 ", StringComparison.Ordinal)));
    }

    [Fact]
    public void EnvironmentsWithoutAShareAreNeverResetOrStepped()
    {
        var log = new List<string>();
        var driver = new Driver([new LoggedEnvironment(0, 3, log), new LoggedEnvironment(1, 3, log), new LoggedEnvironment(2, 3, log)], [1], 1);

        var episodes = EpisodeQuota.Play(driver, (_, _) => [0f, 0f, 0f], 2, CancellationToken.None).ToList();

        Assert.Equal(2, episodes.Count);
        Assert.DoesNotContain(log, line => line.EndsWith(" 2", StringComparison.Ordinal) || line.Contains(" 2 ", StringComparison.Ordinal));
        Assert.Equal(["reset 0", "reset 1"], log.Where(line => line.StartsWith("reset", StringComparison.Ordinal)));
    }

    [Fact]
    public void APlayAfterAnotherStartsEveryEnvironmentAfresh()
    {
        var log = new List<string>();
        var driver = new Driver([new LoggedEnvironment(0, 2, log), new LoggedEnvironment(1, 2, log)], [1], 1);

        Assert.Single(EpisodeQuota.Play(driver, (_, _) => [0f, 0f], 1, CancellationToken.None));
        log.Clear();
        var again = EpisodeQuota.Play(driver, (_, _) => [0f, 0f], 2, CancellationToken.None).ToList();

        Assert.Equal(2, again.Count);
        Assert.Equal(["reset 0", "reset 1"], log.Where(line => line.StartsWith("reset", StringComparison.Ordinal)));
    }

    [Fact]
    public void AStopEndsThePlayEarly()
    {
        using var stop = new CancellationTokenSource();
        var driver = new Driver([new LoggedEnvironment(0, 2, [])], [1], 1);
        var played = 0;

        foreach (var _ in EpisodeQuota.Play(driver, (_, _) => [0f], 5, stop.Token))
        {
            played++;
            stop.Cancel();
        }

        Assert.Equal(1, played);
    }

    [Fact]
    public void AHeldEnvironmentIsNotSteppedAndItsRowStaysWhatItLastSaw()
    {
        var log = new List<string>();
        var driver = new Driver([new LoggedEnvironment(0, 5, log), new LoggedEnvironment(1, 5, log)], [1], 1);
        driver.Step((Array _, float[] _) => [0f, 0f]);
        driver.Hold(1);
        log.Clear();
        byte[]? seen = null;

        driver.Step((Array observations, float[] _) =>
        {
            seen = (byte[])observations.Clone();
            return [0f, 0f];
        });

        Assert.Equal(["step 0 0"], log);
        Assert.Equal(new byte[] { 1, 1 }, seen);
        Assert.Throws<ArgumentOutOfRangeException>(() => driver.Hold(2));
    }
}
