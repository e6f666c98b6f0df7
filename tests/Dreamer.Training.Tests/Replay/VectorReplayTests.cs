using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

/// <summary>Float32 vector observations through the episode builder, the store and the sampler (dreamerv2.md §7.3).</summary>
public sealed class VectorReplayTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dreamer-vector-replay-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static TimeStep Step(float value, bool first = false, bool last = false) =>
        new(Observation.FromFloats(new[] { value, -value }), 1f, first, last, last);

    [Fact]
    public void TheBuilderKeepsFloatObservationsAsFloats()
    {
        var builder = new EpisodeBuilder([2], actionSize: 1, ElementType.Float32);
        builder.Begin(Step(0.25f, first: true));
        for (var t = 1; t <= 100; t++) builder.Append(Step(t + 0.5f, last: t == 100), [1]);

        var episode = builder.Build();

        Assert.Equal(ElementType.Float32, episode.ObservationType);
        var values = Assert.IsType<float[]>(episode.ObservationValues);
        Assert.Equal(202, values.Length);
        Assert.Equal([0.25f, -0.25f, 1.5f, -1.5f], values[..4]);
        Assert.Equal([100.5f, -100.5f], values[^2..]);
        Assert.Throws<InvalidOperationException>(() => episode.Observations);
    }

    [Fact]
    public void TheBuilderRejectsAnImageFromAVectorEnvironment()
    {
        var builder = new EpisodeBuilder([2], actionSize: 1, ElementType.Float32);
        var image = new TimeStep(Observation.FromBytes(new byte[] { 1, 2 }), 0f, true, false, false);
        var error = Assert.Throws<InvalidDataException>(() => builder.Begin(image));
        Assert.Equal("the environment returned 0 observation floats; its space has 2. Replay stores float32 observations.", error.Message);
    }

    [Fact]
    public void TheSamplerFillsAFloatBatchWithConsecutiveRowsOfOneEpisode()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 }, new EpisodeLayout([3], 2, ElementType.Float32));
        store.Add(VectorEpisodeFactory.Create(20, marker: 0));
        store.Add(VectorEpisodeFactory.Create(25, marker: 1));
        var batch = new SequenceBatch(length: 6, batch: 4, observationShape: [3], actionSize: 2, ElementType.Float32);

        new SequenceSampler(store, seed: 2, prioritizeEnds: true, minlen: 1).Fill(batch, batchIndex: 0);

        var observations = Assert.IsType<float[]>(batch.ObservationValues);
        for (var b = 0; b < 4; b++)
        {
            var first = observations[b * 3];
            var marker = first >= 100 ? 1 : 0;
            var startRow = (int)first - 100 * marker;
            for (var t = 0; t < 6; t++)
            {
                var position = t * 4 + b;
                for (var i = 0; i < 3; i++)
                    Assert.Equal(VectorEpisodeFactory.Value(startRow + t, marker, i), observations[position * 3 + i]);
                Assert.Equal(t == 0 ? 1f : 0f, batch.IsFirst[position]);
            }
        }
    }

    [Fact]
    public void TheSamplerRefusesAnEpisodeOfAnotherElementType()
    {
        var store = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 });
        store.Add(VectorEpisodeFactory.Create(10));
        var images = new SequenceBatch(length: 4, batch: 1, observationShape: [3], actionSize: 2);

        Assert.Throws<InvalidDataException>(() => new SequenceSampler(store, 0, false, 1).Fill(images, 0));
    }

    [Fact]
    public void ResumingAVectorRunRefusesImageEpisodesAndLoadsItsOwn()
    {
        var vectors = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 });
        vectors.Add(VectorEpisodeFactory.Create(10, marker: 0));
        vectors.Add(VectorEpisodeFactory.Create(12, marker: 1));

        var resumed = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 }, new EpisodeLayout([3], 2, ElementType.Float32));
        Assert.Equal(2, resumed.LoadExisting());
        Assert.Equal(22, resumed.Steps);
        Assert.Equal(VectorEpisodeFactory.Value(0, 1, 1), ((float[])resumed.Episodes[1].ObservationValues)[1]);

        var asImages = new EpisodeStore(folder, new ReplayOptions { Minlen = 1 }, new EpisodeLayout([3], 2));
        var error = Assert.Throws<InvalidDataException>(() => asImages.LoadExisting());
        Assert.Contains("it holds float32 observations; this run's agent takes uint8", error.Message);
    }

    [Fact]
    public void ReplayMemoryCountsFourBytesPerFloatElement()
    {
        var row = 2 * sizeof(float) + 2 * sizeof(float) + 3 * sizeof(bool);
        Assert.Equal(10 * (3 + row), ReplayMemory.Bytes(10, [3], 2));
        Assert.Equal(10 * (3 * sizeof(float) + row), ReplayMemory.Bytes(10, [3], 2, ElementType.Float32));
    }
}
