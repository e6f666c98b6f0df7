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

    private readonly Dictionary<int, int> _table = new(MaxCodes);
    private readonly List<byte> _packed = new(1 << 14);
    private int _bitBuffer;
    private int _bitCount;
    private int _codeSize;
    private int _nextCode;

    /// <summary>Writes the minimum code size byte and the compressed sub-blocks of <paramref name="indices"/>.</summary>
    public void Encode(ReadOnlySpan<byte> indices, int minimumCodeSize, Stream output)
    {
        var clear = 1 << minimumCodeSize;
        var end = clear + 1;
        _packed.Clear();
        _bitBuffer = 0;
        _bitCount = 0;
        Restart(minimumCodeSize, end);
        Emit(clear);
        int prefix = indices[0];
        for (var index = 1; index < indices.Length; index++)
        {
            int symbol = indices[index];
            var key = (prefix << 8) | symbol;
            if (_table.TryGetValue(key, out var code))
            {
                prefix = code;
                continue;
            }

            Emit(prefix);
            if (_nextCode < MaxCodes)
            {
                _table[key] = _nextCode++;
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
        if (_bitCount > 0)
        {
            _packed.Add((byte)_bitBuffer);
        }

        output.WriteByte((byte)minimumCodeSize);
        var bytes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_packed);
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
        _table.Clear();
        _codeSize = minimumCodeSize + 1;
        _nextCode = end + 1;
    }

    /// <summary>Packs one code at the current width, then widens once the next code would not fit.</summary>
    private void Emit(int code)
    {
        _bitBuffer |= code << _bitCount;
        _bitCount += _codeSize;
        while (_bitCount >= 8)
        {
            _packed.Add((byte)_bitBuffer);
            _bitBuffer >>= 8;
            _bitCount -= 8;
        }

        if (_nextCode > (1 << _codeSize) - 1 && _codeSize < MaxCodeSize)
        {
            _codeSize++;
        }
    }
}
