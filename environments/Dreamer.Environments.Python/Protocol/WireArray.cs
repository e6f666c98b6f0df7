namespace Dreamer.Environments.Python.Protocol;

/// <summary>An array as it travels: its dtype, its dimensions and its raw little-endian C-order bytes.</summary>
public sealed record WireArray(WireType Type, IReadOnlyList<int> Shape, byte[] Data)
{
    /// <summary>The size of one element of <paramref name="type"/> in bytes.</summary>
    public static int ElementSize(WireType type) => type switch
    {
        WireType.UInt8 or WireType.Bool => 1,
        WireType.Float32 or WireType.Int32 => 4,
        _ => 8,
    };

    /// <summary>The product of <see cref="Shape"/>.</summary>
    public long Count => Shape.Aggregate(1L, (product, dimension) => product * dimension);

    public static WireArray Of(ReadOnlySpan<float> values, params int[] shape) =>
        new(WireType.Float32, shape, System.Runtime.InteropServices.MemoryMarshal.AsBytes(values).ToArray());

    public static WireArray Of(ReadOnlySpan<long> values, params int[] shape) =>
        new(WireType.Int64, shape, System.Runtime.InteropServices.MemoryMarshal.AsBytes(values).ToArray());

    public override string ToString() => $"{Type} [{string.Join(", ", Shape)}]";
}
