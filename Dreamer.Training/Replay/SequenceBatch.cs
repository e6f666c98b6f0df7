using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Replay;

/// <summary>
/// A batch of sequences, time-major <c>[T, B, ...]</c>, on the host: observations stay in their element type — uint8
/// images and grids, float32 vectors (<see cref="ObservationElements"/>) — until the device copy (dreamerv2.md §3, §7.3). <c>is_first</c> is 1 on each sequence's first row (§1: batches start from the zero state).
/// The sampler reuses these buffers from batch to batch.
/// </summary>
public sealed class SequenceBatch
{
    public SequenceBatch(int length, int batch, IReadOnlyList<int> observationShape, int actionSize, ElementType observationType = ElementType.UInt8)
    {
        Length = length;
        Batch = batch;
        ObservationShape = observationShape;
        ActionSize = actionSize;
        var positions = length * batch;
        var observationSize = observationShape.Aggregate(1, (product, dimension) => product * dimension);
        ObservationValues = ObservationElements.Allocate(observationType, positions * observationSize);
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

    /// <summary>The element type of the observations.</summary>
    public ElementType ObservationType => ObservationElements.Of(ObservationValues);

    /// <summary><c>[T, B, *shape]</c>: a byte[] of uint8 or a float[] of float32 values.</summary>
    public Array ObservationValues { get; }

    /// <summary><c>[T, B, *shape]</c> uint8, for a batch of images or grids.</summary>
    public byte[] Observations => ObservationValues as byte[]
        ?? throw new InvalidOperationException($"this batch holds {ObservationElements.Name(ObservationType)} observations; read {nameof(ObservationValues)}.");

    /// <summary><c>[T, B, A]</c>.</summary>
    public float[] Actions { get; }

    /// <summary><c>[T, B]</c> raw rewards.</summary>
    public float[] Rewards { get; }

    /// <summary><c>[T, B]</c> 1 on each sequence's first row.</summary>
    public float[] IsFirst { get; }

    /// <summary><c>[T, B]</c> 1 where the episode truly ended.</summary>
    public float[] IsTerminal { get; }
}
