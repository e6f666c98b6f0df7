namespace Dreamer.Environments.MinAtar.Tests.Rollout;

/// <summary>
/// Reads back what the tests need from a GIF89a file: the screen size, the loop extension, each frame's delay and
/// its pixels (LZW-decoded through the local colour table as 0xRRGGBB), and whether the trailer ends the file.
/// </summary>
internal sealed class GifDecoder
{
    private readonly byte[] bytes;
    private int position;

    private GifDecoder(byte[] bytes) => this.bytes = bytes;

    public string Signature { get; private set; } = "";

    public int Width { get; private set; }

    public int Height { get; private set; }

    public bool Loops { get; private set; }

    public bool EndsWithTrailer { get; private set; }

    public List<int> Delays { get; } = [];

    public List<int[]> Frames { get; } = [];

    public static GifDecoder Decode(byte[] bytes)
    {
        var decoder = new GifDecoder(bytes);
        decoder.Read();
        return decoder;
    }

    private void Read()
    {
        Signature = System.Text.Encoding.ASCII.GetString(bytes, 0, 6);
        position = 6;
        Width = UInt16();
        Height = UInt16();
        var packed = bytes[position];
        position += 3;
        if ((packed & 0x80) != 0)
        {
            position += 3 << ((packed & 7) + 1);
        }

        while (position < bytes.Length)
        {
            var introducer = bytes[position++];
            if (introducer == 0x3B)
            {
                EndsWithTrailer = position == bytes.Length;
                return;
            }

            if (introducer == 0x21)
            {
                ReadExtension();
            }
            else if (introducer == 0x2C)
            {
                ReadImage();
            }
            else
            {
                throw new InvalidDataException($"Unexpected block 0x{introducer:X2} at {position - 1}.");
            }
        }
    }

    private void ReadExtension()
    {
        var label = bytes[position++];
        var data = SubBlocks();
        if (label == 0xFF && System.Text.Encoding.ASCII.GetString(data, 0, 11) == "NETSCAPE2.0")
        {
            Loops = true;
        }
        else if (label == 0xF9)
        {
            Delays.Add(data[1] | (data[2] << 8));
        }
    }

    private void ReadImage()
    {
        position += 4;
        var width = UInt16();
        var height = UInt16();
        var packed = bytes[position++];
        var table = new int[1 << ((packed & 7) + 1)];
        for (var index = 0; index < table.Length; index++)
        {
            table[index] = (bytes[position] << 16) | (bytes[position + 1] << 8) | bytes[position + 2];
            position += 3;
        }

        var minimumCodeSize = bytes[position++];
        var indices = Lzw(SubBlocks(), minimumCodeSize);
        if (indices.Count != width * height)
        {
            throw new InvalidDataException($"Frame holds {indices.Count} pixels, expected {width * height}.");
        }

        Frames.Add(indices.Select(index => table[index]).ToArray());
    }

    private static List<byte> Lzw(byte[] data, int minimumCodeSize)
    {
        var clear = 1 << minimumCodeSize;
        var end = clear + 1;
        var entries = new List<byte[]>();
        var output = new List<byte>();
        var codeSize = minimumCodeSize + 1;
        byte[]? previous = null;
        var bit = 0;
        while (true)
        {
            if (bit + codeSize > data.Length * 8)
            {
                throw new InvalidDataException("LZW data ended without an end code.");
            }

            var code = 0;
            for (var offset = 0; offset < codeSize; offset++, bit++)
            {
                code |= ((data[bit >> 3] >> (bit & 7)) & 1) << offset;
            }

            if (code == clear)
            {
                entries.Clear();
                for (var symbol = 0; symbol < clear + 2; symbol++)
                {
                    entries.Add([(byte)symbol]);
                }

                codeSize = minimumCodeSize + 1;
                previous = null;
                continue;
            }

            if (code == end)
            {
                return output;
            }

            byte[] entry;
            if (code < entries.Count)
            {
                entry = entries[code];
            }
            else if (code == entries.Count && previous is not null)
            {
                entry = [.. previous, previous[0]];
            }
            else
            {
                throw new InvalidDataException($"Invalid LZW code {code}.");
            }

            if (previous is not null && entries.Count < 4096)
            {
                entries.Add([.. previous, entry[0]]);
            }

            output.AddRange(entry);
            previous = entry;
            if (entries.Count == 1 << codeSize && codeSize < 12)
            {
                codeSize++;
            }
        }
    }

    private byte[] SubBlocks()
    {
        var data = new List<byte>();
        while (true)
        {
            var size = bytes[position++];
            if (size == 0)
            {
                return [.. data];
            }

            data.AddRange(bytes.AsSpan(position, size).ToArray());
            position += size;
        }
    }

    private int UInt16()
    {
        var value = bytes[position] | (bytes[position + 1] << 8);
        position += 2;
        return value;
    }
}
