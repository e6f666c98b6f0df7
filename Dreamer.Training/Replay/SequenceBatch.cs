namespace Dreamer.Training.Replay;

/// <summary>
/// A batch of sequences, time-major <c>[T, B, ...]</c>, on the host: observations stay uint8 until the device copy
/// (dreamerv2.md §7.3). <c>is_first</c> is 1 on each sequence's first row (§1: batches start from the zero state).
/// The sampler reuses these buffers from batch to batch.
/// </summary>
public sealed class SequenceBatch
{
    public SequenceBatch(int length, int batch, IReadOnlyList<int> observationShape, int actionSize)
    {
        Length = length;
        Batch = batch;
        ObservationShape = observationShape;
        ActionSize = actionSize;
        var positions = length * batch;
        var observationSize = observationShape.Aggregate(1, (product, dimension) => product * dimension);
        Observations = new byte[positions * observationSize];
        Actions = new float[positions * actionSize];
        Rewards = new float[positions];
        IsFirst = new float[positions];
        IsTerminal = new float[positions];
    }

    /// <summary>T, the sequence length.</summary>
    public int Length { get; }

    /// <summary>B, the number of sequences.</summary>
    public int Batch { get; }

    public IReadOnlyList<int> ObservationShape { get; }

    public int ActionSize { get; }

    /// <summary><c>[T, B, *shape]</c> uint8.</summary>
    public byte[] Observations { get; }

    /// <summary><c>[T, B, A]</c>.</summary>
    public float[] Actions { get; }

    /// <summary><c>[T, B]</c> raw rewards.</summary>
    public float[] Rewards { get; }

    /// <summary><c>[T, B]</c> 1 on each sequence's first row.</summary>
    public float[] IsFirst { get; }

    /// <summary><c>[T, B]</c> 1 where the episode truly ended.</summary>
    public float[] IsTerminal { get; }
}
