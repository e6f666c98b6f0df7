namespace Dreamer.Abstractions.Environments;

/// <summary>
/// A box of values with a fixed shape. Images are channel-first: <c>[C, H, W]</c>, uint8 in [0, 255].
/// Continuous actions are <c>[A]</c> floats in [−1, 1] (dreamerv2.md §7.2).
/// </summary>
public sealed record BoxSpace(IReadOnlyList<int> Shape, ElementType ElementType, double Low, double High) : Space
{
    /// <summary>Number of elements: the product of <see cref="Shape"/>.</summary>
    public int Size => Shape.Aggregate(1, (product, dimension) => product * dimension);

    /// <summary>True for a <c>[C, H, W]</c> box, which the convolutional encoder and decoder read.</summary>
    public bool IsImage => Shape.Count == 3;

    public override string ToString() => $"Box[{string.Join("×", Shape)}] {ElementType} [{Low}, {High}]";

    public bool Equals(BoxSpace? other) =>
        other is not null && Shape.SequenceEqual(other.Shape) && ElementType == other.ElementType
        && Low.Equals(other.Low) && High.Equals(other.High);

    public override int GetHashCode() => HashCode.Combine(Size, ElementType, Low, High);
}
