using System.Buffers.Binary;
using System.Text;

namespace Dreamer.Environments.Python.Protocol;

/// <summary>Builds one frame's payload: the type byte, then little-endian fields, strings and arrays.</summary>
public sealed class PayloadWriter
{
    private readonly MemoryStream buffer = new();

    public PayloadWriter(MessageType type) => buffer.WriteByte((byte)type);

    public PayloadWriter UInt32(uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        buffer.Write(bytes);
        return this;
    }

    public PayloadWriter String(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        UInt32((uint)bytes.Length);
        buffer.Write(bytes);
        return this;
    }

    public PayloadWriter Strings(IReadOnlyList<string> texts)
    {
        UInt32((uint)texts.Count);
        foreach (var text in texts) String(text);
        return this;
    }

    public PayloadWriter Array(WireArray array)
    {
        buffer.WriteByte((byte)array.Type);
        buffer.WriteByte((byte)array.Shape.Count);
        foreach (var dimension in array.Shape) UInt32((uint)dimension);
        buffer.Write(array.Data);
        return this;
    }

    /// <summary>The payload written so far.</summary>
    public byte[] ToArray() => buffer.ToArray();
}
