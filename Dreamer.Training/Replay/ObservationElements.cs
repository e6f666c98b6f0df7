using System.Runtime.InteropServices;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Replay;

/// <summary>
/// The element types replay stores observations in (dreamerv2.md §3, §7.3): uint8 images and grids as <c>byte[]</c>,
/// float32 vectors as <c>float[]</c>. Replay keeps each in its own type — images are never widened to floats on the
/// host — and the one place that tells them apart is here: allocating, naming, copying out of an
/// <see cref="Observation"/> and viewing the raw bytes.
/// </summary>
public static class ObservationElements
{
    /// <summary>An array of <paramref name="length"/> zero observation values of <paramref name="type"/>.</summary>
    public static Array Allocate(ElementType type, int length) => type switch
    {
        ElementType.UInt8 => new byte[length],
        ElementType.Float32 => new float[length],
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "replay stores uint8 or float32 observations."),
    };

    /// <summary>The element type of an observation array made by <see cref="Allocate"/>.</summary>
    public static ElementType Of(Array values) => values switch
    {
        byte[] => ElementType.UInt8,
        float[] => ElementType.Float32,
        _ => throw new ArgumentException($"observations are byte[] or float[]; got {values?.GetType().Name ?? "null"}.", nameof(values)),
    };

    /// <summary>Bytes per value: 1 for uint8, 4 for float32.</summary>
    public static int Bytes(ElementType type) => type == ElementType.Float32 ? sizeof(float) : sizeof(byte);

    /// <summary>numpy's name of the type: uint8 or float32.</summary>
    public static string Name(ElementType type) => type == ElementType.Float32 ? "float32" : "uint8";

    /// <summary>The values an observation holds in <paramref name="type"/> (its bytes or its floats).</summary>
    public static int Count(Observation observation, ElementType type) =>
        type == ElementType.Float32 ? observation.Floats.Length : observation.Bytes.Length;

    /// <summary>Copies the values of <paramref name="observation"/> into <paramref name="destination"/> from <paramref name="offset"/>.</summary>
    public static void Copy(Observation observation, Array destination, int offset)
    {
        switch (destination)
        {
            case byte[] bytes:
                observation.Bytes.Span.CopyTo(bytes.AsSpan(offset));
                break;
            case float[] floats:
                observation.Floats.Span.CopyTo(floats.AsSpan(offset));
                break;
            default:
                throw new ArgumentException($"observations are byte[] or float[]; got {destination.GetType().Name}.", nameof(destination));
        }
    }

    /// <summary>The raw little-endian bytes of an observation array, without a copy.</summary>
    public static Span<byte> AsBytes(Array values)
    {
        if (values is not (byte[] or float[])) throw new ArgumentException($"observations are byte[] or float[]; got {values?.GetType().Name ?? "null"}.", nameof(values));
        return MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(values), Buffer.ByteLength(values));
    }
}
