using Dreamer.Abstractions.Environments;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// Shape of one observation as the model sees it: <c>[C, H, W]</c> for images, <c>[N]</c> for vectors
/// (dreamerv2.md §3). Given by the host to encoders and decoders. <see cref="ElementType"/> is the type the
/// environment produces and replay stores: uint8 for images and grids, float32 for vectors; encoders and decoders
/// see preprocessed floats either way.
/// </summary>
public sealed record ObservationShape(IReadOnlyList<int> Dimensions)
{
    /// <summary>Element type of the stored observations (uint8 unless the environment's box says float32).</summary>
    public ElementType ElementType { get; init; } = ElementType.UInt8;

    /// <summary>Number of values in one observation.</summary>
    public int Size => Dimensions.Aggregate(1, (product, dimension) => product * dimension);

    public bool Equals(ObservationShape? other) =>
        other is not null && Dimensions.SequenceEqual(other.Dimensions) && ElementType == other.ElementType;

    public override int GetHashCode() => Size;

    public override string ToString() => ElementType == ElementType.UInt8
        ? $"[{string.Join(", ", Dimensions)}]"
        : $"[{string.Join(", ", Dimensions)}] {ElementType}";
}
