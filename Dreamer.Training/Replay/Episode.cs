using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Replay;

/// <summary>
/// One finished episode as stored in replay (dreamerv2.md §0, §7.3): <see cref="Length"/> + 1 rows in the
/// ASR convention, row 0 being the reset row (zero action, zero reward, is_first). Observations are row-major
/// <c>[rows, *observationShape]</c> in the environment's element type (<see cref="ObservationElements"/>): a
/// <c>byte[]</c> of uint8 images or grids, or a <c>float[]</c> of float32 vectors (§3); actions <c>[rows, A]</c>.
/// </summary>
public sealed record Episode(
    IReadOnlyList<int> ObservationShape,
    Array ObservationValues,
    int ActionSize,
    float[] Actions,
    float[] Rewards,
    float[] Discounts,
    bool[] IsFirst,
    bool[] IsLast,
    bool[] IsTerminal)
{
    /// <summary>The element type of the observations: uint8 or float32.</summary>
    public ElementType ObservationType => ObservationElements.Of(ObservationValues);

    /// <summary>The observations of a uint8 episode (images or grids), <c>[rows, *observationShape]</c>.</summary>
    public byte[] Observations => ObservationValues as byte[]
        ?? throw new InvalidOperationException($"this episode holds {ObservationElements.Name(ObservationType)} observations; read {nameof(ObservationValues)}.");

    /// <summary>Number of rows (steps + 1).</summary>
    public int Rows => Rewards.Length;

    /// <summary>Number of agent steps: rows − 1.</summary>
    public int Length => Rows - 1;

    /// <summary>Values in one observation.</summary>
    public int ObservationSize => ObservationShape.Aggregate(1, (product, dimension) => product * dimension);

    /// <summary>Sum of the raw rewards.</summary>
    public double Return => Rewards.Sum(reward => (double)reward);

    /// <summary>Throws when the arrays disagree in length.</summary>
    public void Validate()
    {
        var rows = Rows;
        if (ObservationValues is not (byte[] or float[])) throw new InvalidDataException($"episode observations are {ObservationValues?.GetType().Name ?? "null"}; expected byte[] or float[].");
        if (ObservationValues.Length != rows * ObservationSize) throw new InvalidDataException($"episode has {ObservationValues.Length} observation values; expected {rows} rows × {ObservationSize}.");
        if (Actions.Length != rows * ActionSize) throw new InvalidDataException($"episode has {Actions.Length} action values; expected {rows} rows × {ActionSize}.");
        if (Discounts.Length != rows || IsFirst.Length != rows || IsLast.Length != rows || IsTerminal.Length != rows)
            throw new InvalidDataException($"episode arrays disagree in length; expected {rows} rows.");
    }
}
