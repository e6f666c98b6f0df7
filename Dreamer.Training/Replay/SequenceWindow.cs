namespace Dreamer.Training.Replay;

/// <summary>
/// Where a training sequence starts inside an episode (dreamerv2.md §7.3, TV10; [code replay.py]
/// <c>_sample_sequence</c>): with <c>rows</c> = steps + 1 and sequence length L, draw u uniformly from
/// <see cref="Choices"/> values and start at min(u, rows − L). With prioritize_ends the draw has <c>replay.minlen</c>
/// extra values, all mapped to the last window: P(last) = (minlen + 1) / (rows − L + 1 + minlen). TV10 has
/// minlen = L = 50.
/// </summary>
public static class SequenceWindow
{
    /// <summary>Number of equally likely draws: rows − L + 1, plus <paramref name="minlen"/> with prioritize_ends.</summary>
    public static int Choices(int rows, int length, bool prioritizeEnds, int minlen)
    {
        if (rows < length) throw new ArgumentException($"an episode of {rows} rows cannot hold a sequence of {length}.");
        return rows - length + 1 + (prioritizeEnds ? minlen : 0);
    }

    /// <summary>The start row for draw <paramref name="draw"/> in [0, Choices).</summary>
    public static int Start(int rows, int length, int draw) => Math.Min(draw, rows - length);

    /// <summary>A random start row.</summary>
    public static int Sample(int rows, int length, bool prioritizeEnds, int minlen, Random random) =>
        Start(rows, length, random.Next(Choices(rows, length, prioritizeEnds, minlen)));
}
