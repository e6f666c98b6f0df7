namespace Dreamer.Abstractions.Environments;

/// <summary>
/// Element type of a <see cref="BoxSpace"/>. Replay stores observations in this type (dreamerv2.md §3, §7.3): uint8
/// in episode files under <c>image</c>, float32 under <c>vector</c>.
/// </summary>
public enum ElementType
{
    /// <summary>Bytes, such as image pixels or binary grids (stored as uint8 in replay).</summary>
    UInt8,

    /// <summary>32-bit floats, such as proprioceptive vectors (stored as float32 in replay) or continuous actions.</summary>
    Float32,
}
