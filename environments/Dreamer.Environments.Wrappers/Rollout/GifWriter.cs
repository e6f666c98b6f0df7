namespace Dreamer.Environments.Rollout;

/// <summary>
/// Writes an animated, endlessly looping GIF89a: header and logical screen, the NETSCAPE2.0 loop extension, then per
/// frame a graphic control extension (delay), an image descriptor with a local colour table built from the frame's
/// own colours (at most 256; frames with more are reduced to a fixed 6×7×6 colour cube) and LZW-compressed pixels.
/// Disposing writes the trailer byte (0x3B). The stream is left open.
/// </summary>
public sealed class GifWriter : IDisposable
{
    private readonly Stream output;
    private readonly int width;
    private readonly int height;
    private readonly int delay;
    private readonly GifLzwEncoder encoder = new();
    private readonly Dictionary<int, byte> colorIndex = new(256);
    private readonly byte[] indices;
    private readonly int[] colors = new int[256];
    private bool finished;

    /// <summary>Starts a GIF of <paramref name="width"/>×<paramref name="height"/> with <paramref name="delayCentiseconds"/> between frames.</summary>
    public GifWriter(Stream output, int width, int height, int delayCentiseconds = 8)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfNegative(delayCentiseconds);
        this.output = output;
        this.width = width;
        this.height = height;
        delay = delayCentiseconds;
        indices = new byte[width * height];
        this.output.Write("GIF89a"u8);
        WriteUInt16(width);
        WriteUInt16(height);
        this.output.Write([0x00, 0x00, 0x00]);
        this.output.Write([0x21, 0xFF, 0x0B]);
        this.output.Write("NETSCAPE2.0"u8);
        this.output.Write([0x03, 0x01, 0x00, 0x00, 0x00]);
    }

    /// <summary>Number of frames written so far.</summary>
    public int FrameCount { get; private set; }

    /// <summary>Appends one frame of the writer's size.</summary>
    public void Write(RgbFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ObjectDisposedException.ThrowIf(finished, this);
        if (frame.Width != width || frame.Height != height)
        {
            throw new ArgumentException($"Frames of this GIF are {width}×{height}; got {frame.Width}×{frame.Height}.", nameof(frame));
        }

        var colorCount = IndexColors(frame.Pixels, quantize: false);
        if (colorCount > 256)
        {
            colorCount = IndexColors(frame.Pixels, quantize: true);
        }

        var tableBits = 1;
        while ((1 << tableBits) < colorCount)
        {
            tableBits++;
        }

        output.Write([0x21, 0xF9, 0x04, 0x04]);
        WriteUInt16(delay);
        output.Write([0x00, 0x00]);
        output.WriteByte(0x2C);
        WriteUInt16(0);
        WriteUInt16(0);
        WriteUInt16(width);
        WriteUInt16(height);
        output.WriteByte((byte)(0x80 | (tableBits - 1)));
        for (var index = 0; index < 1 << tableBits; index++)
        {
            var color = index < colorCount ? colors[index] : 0;
            output.Write([(byte)(color >> 16), (byte)(color >> 8), (byte)color]);
        }

        encoder.Encode(indices, Math.Max(2, tableBits), output);
        FrameCount++;
    }

    /// <summary>Writes the trailer; the GIF is complete afterwards.</summary>
    public void Dispose()
    {
        if (finished)
        {
            return;
        }

        output.WriteByte(0x3B);
        output.Flush();
        finished = true;
    }

    /// <summary>Fills the index map and colour table; returns the number of colours (257 once more than 256 are seen).</summary>
    private int IndexColors(byte[] pixels, bool quantize)
    {
        colorIndex.Clear();
        for (var pixel = 0; pixel < indices.Length; pixel++)
        {
            var (red, green, blue) = (pixels[pixel * 3], pixels[pixel * 3 + 1], pixels[pixel * 3 + 2]);
            var color = quantize ? Quantize(red, green, blue) : (red << 16) | (green << 8) | blue;
            if (!colorIndex.TryGetValue(color, out var index))
            {
                if (colorIndex.Count == 256)
                {
                    return 257;
                }

                index = (byte)colorIndex.Count;
                colorIndex[color] = index;
                colors[index] = color;
            }

            indices[pixel] = index;
        }

        return colorIndex.Count;
    }

    private static int Quantize(byte red, byte green, byte blue)
    {
        static int Level(byte value, int levels) => (int)Math.Round(Math.Round(value * (levels - 1) / 255.0) * 255.0 / (levels - 1));
        return (Level(red, 6) << 16) | (Level(green, 7) << 8) | Level(blue, 6);
    }

    private void WriteUInt16(int value)
    {
        output.WriteByte((byte)value);
        output.WriteByte((byte)(value >> 8));
    }
}
