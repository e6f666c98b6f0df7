using System.Buffers.Binary;
using System.Text;

namespace Dreamer.Environments.Python.Protocol;

/// <summary>
/// Reads one frame's payload field by field. Every failure is a <see cref="BridgeProtocolException"/> naming the field,
/// what it needed and what the frame held.
/// </summary>
public sealed class PayloadReader(byte[] payload)
{
    private int position = 1;

    /// <summary>The type byte, checked against the expected ones.</summary>
    public MessageType Type(params MessageType[] expected)
    {
        if (payload.Length == 0) throw new BridgeProtocolException("frame: expected a type byte, got an empty payload");
        var type = (MessageType)payload[0];
        if (!expected.Contains(type))
            throw new BridgeProtocolException($"frame type: expected {string.Join(" or ", expected.Select(e => $"{e} ({(byte)e})"))}, got {payload[0]}");
        return type;
    }

    public byte Byte(string field) => Take(1, field)[0];

    public uint UInt32(string field) => BinaryPrimitives.ReadUInt32LittleEndian(Take(4, field));

    public double Float64(string field) => BinaryPrimitives.ReadDoubleLittleEndian(Take(8, field));

    public string String(string field) => Encoding.UTF8.GetString(Take(checked((int)UInt32(field)), field));

    public WireArray Array(string field)
    {
        var code = Byte(field);
        if (!Enum.IsDefined((WireType)code))
            throw new BridgeProtocolException($"{field}: expected a dtype code 1 to 6 (uint8, float32, float64, int64, bool, int32), got {code}");
        var type = (WireType)code;
        var shape = new int[Byte(field)];
        for (var i = 0; i < shape.Length; i++) shape[i] = checked((int)UInt32(field));
        var size = shape.Aggregate((long)WireArray.ElementSize(type), (product, dimension) => product * dimension);
        if (size > payload.Length - position)
            throw new BridgeProtocolException(
                $"{field}: {type} [{string.Join(", ", shape)}] needs {size} bytes, the frame has {payload.Length - position} left");
        return new WireArray(type, shape, Take((int)size, field).ToArray());
    }

    /// <summary>Checks that the payload holds nothing after its last field.</summary>
    public void End(string message)
    {
        if (position != payload.Length)
            throw new BridgeProtocolException($"{message}: expected the frame to end after its last field, got {payload.Length - position} more bytes");
    }

    private ReadOnlySpan<byte> Take(int count, string field)
    {
        if (count > payload.Length - position)
            throw new BridgeProtocolException($"truncated frame: {field} needs {count} bytes, the frame has {payload.Length - position} left");
        var span = payload.AsSpan(position, count);
        position += count;
        return span;
    }
}
