using System.Buffers.Binary;
using System.Numerics;

namespace Dreamer.Training.Logging;

/// <summary>
/// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78, initial value and final XOR 0xFFFFFFFF), the checksum of
/// TFRecord framing, and TFRecord's masked form of it.
/// </summary>
internal static class Crc32C
{
    private const uint MaskDelta = 0xa282ead8;

    /// <summary>The CRC-32C of <paramref name="data"/>.</summary>
    public static uint Of(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        while (data.Length >= sizeof(ulong))
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[sizeof(ulong)..];
        }
        foreach (var value in data) crc = BitOperations.Crc32C(crc, value);
        return ~crc;
    }

    /// <summary>TFRecord's masked CRC-32C of <paramref name="data"/>: the CRC rotated right by 15 bits plus 0xa282ead8.</summary>
    public static uint Masked(ReadOnlySpan<byte> data) => BitOperations.RotateRight(Of(data), 15) + MaskDelta;
}
