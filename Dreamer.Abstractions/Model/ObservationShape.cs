namespace Dreamer.Abstractions.Model;

/// <summary>
/// Shape of one observation as the model sees it: <c>[C, H, W]</c> for images, <c>[N]</c> for vectors
/// (dreamerv2.md §3). Given by the host to encoders and decoders.
/// </summary>
public sealed record ObservationShape(IReadOnlyList<int> Dimensions)
{
    /// <summary>Number of values in one observation.</summary>
    public int Size => Dimensions.Aggregate(1, (product, dimension) => product * dimension);

    public bool Equals(ObservationShape? other) => other is not null && Dimensions.SequenceEqual(other.Dimensions);

    public override int GetHashCode() => Size;

    public override string ToString() => $"[{string.Join(", ", Dimensions)}]";
}
