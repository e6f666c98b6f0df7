namespace Dreamer.Abstractions.Environments;

/// <summary>Element type of a <see cref="BoxSpace"/>.</summary>
public enum ElementType
{
    /// <summary>Bytes, such as image pixels or binary grids (stored as uint8 in replay).</summary>
    UInt8,

    /// <summary>32-bit floats, such as proprioceptive vectors or continuous actions.</summary>
    Float32,
}
