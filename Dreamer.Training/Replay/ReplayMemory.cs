using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Replay;

/// <summary>
/// The host memory replay needs at capacity (dreamerv2.md §7.3): per stored row, the observation in its element type
/// (1 byte per uint8 value, 4 per float32 value), the action and the scalars.
/// </summary>
public static class ReplayMemory
{
    /// <summary>Bytes for <paramref name="steps"/> stored steps.</summary>
    public static long Bytes(long steps, IReadOnlyList<int> observationShape, int actionSize, ElementType observationType = ElementType.UInt8)
    {
        var observation = observationShape.Aggregate(1L, (product, dimension) => product * dimension) * ObservationElements.Bytes(observationType);
        var row = observation + actionSize * sizeof(float) + 2 * sizeof(float) + 3 * sizeof(bool);
        return steps * row;
    }

    /// <summary>A readable estimate such as "1.3 GiB".</summary>
    public static string Estimate(long steps, IReadOnlyList<int> observationShape, int actionSize, ElementType observationType = ElementType.UInt8)
    {
        double bytes = Bytes(steps, observationShape, actionSize, observationType);
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        var unit = 0;
        while (bytes >= 1024 && unit < units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }
        return $"{bytes:0.#} {units[unit]}";
    }
}
