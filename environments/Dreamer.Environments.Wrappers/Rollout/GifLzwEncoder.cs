namespace Dreamer.Environments.Rollout;

/// <summary>
/// The variable-length LZW compression of GIF89a image data: codes of 3 to 12 bits, packed least significant bit
/// first, starting with a clear code, re-clearing when the 4096-entry table is full, ending with the end code;
/// written as data sub-blocks of at most 255 bytes followed by the block terminator.
/// </summary>
internal sealed class GifLzwEncoder
{
    private const int MaxCodes = 4096;
    private const int MaxCodeSize = 12;

    private readonly Dictionary<int, int> table = new(MaxCodes);
    private readonly List<byte> packed = new(1 << 14);
    private int bitBuffer;
    private int bitCount;
    private int codeSize;
    private int nextCode;

    /// <summary>Writes the minimum code size byte and the compressed sub-blocks of <paramref name="indices"/>.</summary>
    public void Encode(ReadOnlySpan<byte> indices, int minimumCodeSize, Stream output)
    {
        var clear = 1 << minimumCodeSize;
        var end = clear + 1;
        packed.Clear();
        bitBuffer = 0;
        bitCount = 0;
        Restart(minimumCodeSize, end);
        Emit(clear);
        int prefix = indices[0];
        for (var index = 1; index < indices.Length; index++)
        {
            int symbol = indices[index];
            var key = (prefix << 8) | symbol;
            if (table.TryGetValue(key, out var code))
            {
                prefix = code;
                continue;
            }

            Emit(prefix);
            if (nextCode < MaxCodes)
            {
                table[key] = nextCode++;
            }
            else
            {
                Emit(clear);
                Restart(minimumCodeSize, end);
            }

            prefix = symbol;
        }

        Emit(prefix);
        Emit(end);
        if (bitCount > 0)
        {
            packed.Add((byte)bitBuffer);
        }

        output.WriteByte((byte)minimumCodeSize);
        var bytes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(packed);
        for (var start = 0; start < bytes.Length; start += 255)
        {
            var block = bytes.Slice(start, Math.Min(255, bytes.Length - start));
            output.WriteByte((byte)block.Length);
            output.Write(block);
        }

        output.WriteByte(0);
    }

    private void Restart(int minimumCodeSize, int end)
    {
        table.Clear();
        codeSize = minimumCodeSize + 1;
        nextCode = end + 1;
    }

    /// <summary>Packs one code at the current width, then widens once the next code would not fit.</summary>
    private void Emit(int code)
    {
        bitBuffer |= code << bitCount;
        bitCount += codeSize;
        while (bitCount >= 8)
        {
            packed.Add((byte)bitBuffer);
            bitBuffer >>= 8;
            bitCount -= 8;
        }

        if (nextCode > (1 << codeSize) - 1 && codeSize < MaxCodeSize)
        {
            codeSize++;
        }
    }
}
