using Dreamer.Training.Replay;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// One replay batch as the training loop draws it (dreamerv2.md §7.3): <see cref="SequenceSampler"/> fills B windows
/// of L steps from stored episodes (20 random episodes of 150 steps of the preset's observations in a temporary folder, the
/// default composition's replay of 3,000 steps) and <see cref="BatchStaging"/> copies them to the device.
/// </summary>
public sealed class ReplayProfile : IDisposable
{
    private const int Episodes = 20;
    private const int EpisodeLength = 150;

    private readonly string folder;
    private readonly SequenceSampler sampler;
    private readonly SequenceBatch batch;
    private readonly BatchStaging staging;
    private long index;

    private ReplayProfile(string folder, SequenceSampler sampler, SequenceBatch batch, BatchStaging staging)
    {
        this.folder = folder;
        this.sampler = sampler;
        this.batch = batch;
        this.staging = staging;
    }

    public static ReplayProfile Create(BenchmarkPreset preset, int length, int batchSize, Device device)
    {
        var folder = Directory.CreateTempSubdirectory("dreamer-profile-replay-").FullName;
        var replay = new ReplayOptions { Capacity = Episodes * EpisodeLength, Minlen = 1 };
        var store = new EpisodeStore(folder, replay);
        var random = new Random(0);
        var shape = preset.Observation;
        var size = shape.Aggregate(1, (product, d) => product * d);
        for (var e = 0; e < Episodes; e++)
        {
            var rows = EpisodeLength + 1;
            var observations = new byte[rows * size];
            random.NextBytes(observations);
            var actions = new float[rows * preset.Actions];
            for (var r = 1; r < rows; r++) actions[r * preset.Actions + random.Next(preset.Actions)] = 1;
            var isFirst = new bool[rows];
            isFirst[0] = true;
            var isLast = new bool[rows];
            isLast[^1] = true;
            store.Add(new Episode(shape, observations, preset.Actions, actions, new float[rows], Enumerable.Repeat(1f, rows).ToArray(),
                isFirst, isLast, isLast.ToArray()));
        }
        return new ReplayProfile(folder, new SequenceSampler(store, 0, replay.PrioritizeEnds, replay.Minlen),
            new SequenceBatch(length, batchSize, shape, preset.Actions), new BatchStaging(length, batchSize, shape, preset.Actions, device));
    }

    /// <summary>Draws the next batch and copies it to the device.</summary>
    public void Next()
    {
        sampler.Fill(batch, index++);
        staging.Copy(batch);
    }

    public void Dispose()
    {
        staging.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
