namespace Dreamer.Training.Replay;

/// <summary>
/// Samples training sequences from an <see cref="EpisodeStore"/> (dreamerv2.md §7.3): an episode uniformly, then a
/// window per <see cref="SequenceWindow"/>, whose prioritize_ends bonus is <paramref name="minlen"/> extra draws of the
/// last window (<c>replay.minlen</c>, §7.3 / TV10). An episode shorter than the sequence is taken whole and the sequence goes
/// on with another episode, <c>is_first</c> marking where each piece starts ([code replay.py] chunks); with
/// <c>replay.minlen ≥ L − 1</c> that never happens and every sequence is one window of one episode. Batch k draws
/// from a random source seeded by (seed, k), so a resumed run draws the same batches as an uninterrupted one.
/// </summary>
public sealed class SequenceSampler(EpisodeStore store, int seed, bool prioritizeEnds, int minlen)
{
    /// <summary>Fills <paramref name="batch"/> with batch number <paramref name="batchIndex"/>.</summary>
    public void Fill(SequenceBatch batch, long batchIndex)
    {
        var episodes = store.Episodes;
        if (episodes.Count == 0) throw new InvalidOperationException("replay holds no episode to sample from.");
        var random = new Random(SeedMixer.Mix(seed, batchIndex));
        var observationSize = batch.ObservationShape.Aggregate(1, (product, dimension) => product * dimension);
        var actionSize = batch.ActionSize;
        for (var b = 0; b < batch.Batch; b++)
        {
            var filled = 0;
            while (filled < batch.Length)
            {
                var episode = episodes[random.Next(episodes.Count)];
                if (episode.ObservationSize != observationSize || episode.ActionSize != actionSize || episode.ObservationType != batch.ObservationType)
                    throw new InvalidDataException("an episode in replay has another observation size, observation type or action size than the run.");
                var length = Math.Min(episode.Rows, batch.Length - filled);
                var start = SequenceWindow.Sample(episode.Rows, length, prioritizeEnds, minlen, random);
                for (var k = 0; k < length; k++)
                {
                    var row = start + k;
                    var position = (filled + k) * batch.Batch + b;
                    Array.Copy(episode.ObservationValues, row * observationSize, batch.ObservationValues, position * observationSize, observationSize);
                    Array.Copy(episode.Actions, row * actionSize, batch.Actions, position * actionSize, actionSize);
                    batch.Rewards[position] = episode.Rewards[row];
                    batch.IsFirst[position] = k == 0 ? 1f : 0f;
                    batch.IsTerminal[position] = episode.IsTerminal[row] ? 1f : 0f;
                }
                filled += length;
            }
        }
    }
}
