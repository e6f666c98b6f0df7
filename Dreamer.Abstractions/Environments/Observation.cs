namespace Dreamer.Abstractions.Environments;

/// <summary>
/// One observation, laid out as the observation <see cref="BoxSpace"/> says: bytes for a uint8 box, floats for a
/// float32 box. The environment may reuse its buffers between steps; copy what must outlive the next step.
/// </summary>
public readonly record struct Observation
{
    private Observation(ReadOnlyMemory<byte> bytes, ReadOnlyMemory<float> floats)
    {
        Bytes = bytes;
        Floats = floats;
    }

    /// <summary>The values of a uint8 observation; empty for a float observation.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The values of a float32 observation; empty for a uint8 observation.</summary>
    public ReadOnlyMemory<float> Floats { get; }

    public static Observation FromBytes(ReadOnlyMemory<byte> bytes) => new(bytes, ReadOnlyMemory<float>.Empty);

    public static Observation FromFloats(ReadOnlyMemory<float> floats) => new(ReadOnlyMemory<byte>.Empty, floats);
}
