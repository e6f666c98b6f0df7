using System.Buffers.Binary;

namespace Dreamer.Environments.Python.Protocol;

/// <summary>Frames on a stream: a little-endian <c>uint32</c> length, then that many payload bytes.</summary>
public static class FrameStream
{
    /// <summary>The largest payload accepted, 1 GiB: a longer length is a malformed frame.</summary>
    public const int MaxLength = 1 << 30;

    public static void Write(Stream stream, byte[] payload)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(length, (uint)payload.Length);
        stream.Write(length);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>
    /// Reads one frame; <paramref name="read"/> fills the buffer from the stream or throws (a timeout, a closed pipe).
    /// A stream that ends inside a frame is a truncated frame.
    /// </summary>
    public static byte[] Read(Func<Memory<byte>, int> read)
    {
        var header = new byte[4];
        Fill(read, header, "frame length");
        var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
        if (length == 0 || length > MaxLength)
            throw new BridgeProtocolException($"frame length: expected 1 to {MaxLength} bytes, got {length}");
        var payload = new byte[length];
        Fill(read, payload, "frame payload");
        return payload;
    }

    /// <summary>Reads one frame from <paramref name="stream"/>, blocking.</summary>
    public static byte[] Read(Stream stream) => Read(buffer => stream.Read(buffer.Span));

    private static void Fill(Func<Memory<byte>, int> read, byte[] buffer, string field)
    {
        var filled = 0;
        while (filled < buffer.Length)
        {
            var count = read(buffer.AsMemory(filled));
            if (count == 0)
                throw new EndOfStreamException($"truncated frame: {field} needs {buffer.Length} bytes, the stream ended after {filled}");
            filled += count;
        }
    }
}
