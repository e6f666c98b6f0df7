using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

public sealed class EpisodeStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "dreamer-store-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void DropsEpisodesShorterThanTheMinimum()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 10 });
        Assert.False(store.Add(EpisodeFactory.Create(9)));
        Assert.True(store.Add(EpisodeFactory.Create(10)));
        Assert.Single(store.Episodes);
        Assert.Single(Directory.GetFiles(folder, "*.npz"));
    }

    [Fact]
    public void KeepsWholeEpisodesUpToCapacityOldestLeavingFirst()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 1, Capacity = 25 });
        store.Add(EpisodeFactory.Create(10, marker: 1));
        store.Add(EpisodeFactory.Create(10, marker: 2));
        store.Add(EpisodeFactory.Create(10, marker: 3));
        Assert.Equal(20, store.Steps);
        Assert.Equal([2, 3], store.Episodes.Select(e => e.Observations[0]).ToArray());
        store.Add(EpisodeFactory.Create(40, marker: 4));
        Assert.Single(store.Episodes);
        Assert.Equal(4, store.StoredEpisodes);
    }

    [Fact]
    public void ResumeLoadsEveryEpisodeOnceAndContinuesNumbering()
    {
        var first = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 });
        first.Add(EpisodeFactory.Create(5, marker: 1));
        first.Add(EpisodeFactory.Create(6, marker: 2));
        File.WriteAllText(Path.Combine(folder, "000002-7.npz" + EpisodeFile.PartialSuffix), "half written");

        var resumed = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 });
        Assert.Equal(2, resumed.LoadExisting());
        Assert.Empty(Directory.GetFiles(folder, "*" + EpisodeFile.PartialSuffix));
        resumed.Add(EpisodeFactory.Create(7, marker: 3));
        var names = Directory.GetFiles(folder, "*.npz").Select(path => Path.GetFileName(path)!).Order().ToArray();
        Assert.Equal(new[] { "000000-5.npz", "000001-6.npz", "000002-7.npz" }, names);
        Assert.Equal([5, 6, 7], resumed.Episodes.Select(e => e.Length).ToArray());
    }

    [Fact]
    public void SamplerReturnsTimeMajorWindowsStartingWithIsFirst()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 });
        store.Add(EpisodeFactory.Create(20, marker: 0));
        var batch = new SequenceBatch(length: 5, batch: 3, observationShape: [1, 2, 2], actionSize: 3);
        new SequenceSampler(store, seed: 1, prioritizeEnds: true, minlen: 1).Fill(batch, batchIndex: 0);
        for (var b = 0; b < 3; b++)
        {
            var startRow = batch.Observations[b * 4];
            for (var t = 0; t < 5; t++)
            {
                var position = t * 3 + b;
                Assert.Equal(startRow + t, batch.Observations[position * 4]);
                Assert.Equal(startRow + t == 0 ? 0f : startRow + t, batch.Rewards[position]);
                Assert.Equal(t == 0 ? 1f : 0f, batch.IsFirst[position]);
                Assert.Equal(startRow + t == 20 ? 1f : 0f, batch.IsTerminal[position]);
            }
        }
    }

    [Fact]
    public void SequencesLongerThanAnEpisodeGoOnWithWholeEpisodesMarkedFirst()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 });
        store.Add(EpisodeFactory.Create(2, marker: 100));
        store.Add(EpisodeFactory.Create(3, marker: 200));
        var batch = new SequenceBatch(length: 11, batch: 4, observationShape: [1, 2, 2], actionSize: 3);
        new SequenceSampler(store, seed: 3, prioritizeEnds: true, minlen: 1).Fill(batch, batchIndex: 0);
        for (var b = 0; b < 4; b++)
        {
            var expectedRow = 0;
            var marker = 0;
            var rows = 0;
            for (var t = 0; t < 11; t++)
            {
                var position = t * 4 + b;
                var observation = batch.Observations[position * 4];
                if (t == 0 || expectedRow == rows)
                {
                    marker = observation >= 200 ? 200 : 100;
                    rows = marker == 200 ? 4 : 3;
                    expectedRow = observation - marker;
                    Assert.True(expectedRow == 0 || t + rows > 11, "only the last piece of a sequence may start inside an episode");
                    Assert.Equal(1f, batch.IsFirst[position]);
                }
                else
                {
                    Assert.Equal(0f, batch.IsFirst[position]);
                }
                Assert.Equal(marker + expectedRow, observation);
                Assert.Equal(expectedRow == 0 ? 0f : expectedRow + marker * 1000f, batch.Rewards[position]);
                Assert.Equal(expectedRow == rows - 1 ? 1f : 0f, batch.IsTerminal[position]);
                expectedRow++;
            }
        }
    }

    [Fact]
    public void TheSameBatchIndexDrawsTheSameBatch()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 });
        for (var i = 0; i < 4; i++) store.Add(EpisodeFactory.Create(30 + i, marker: i * 40));
        var sampler = new SequenceSampler(store, seed: 7, prioritizeEnds: false, minlen: 1);
        var a = new SequenceBatch(8, 4, [1, 2, 2], 3);
        var b = new SequenceBatch(8, 4, [1, 2, 2], 3);
        var c = new SequenceBatch(8, 4, [1, 2, 2], 3);
        sampler.Fill(a, 5);
        sampler.Fill(b, 5);
        sampler.Fill(c, 6);
        Assert.Equal(a.Observations, b.Observations);
        Assert.NotEqual(a.Observations, c.Observations);
    }
}
