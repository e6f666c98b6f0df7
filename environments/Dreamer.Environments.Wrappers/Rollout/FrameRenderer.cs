using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Rollout;

/// <summary>
/// Turns uint8 channel-first <c>[C, H, W]</c> observations into RGB frames enlarged <c>scale</c> times by pixel
/// repetition. A box with maximum 1 is a binary grid: each cell takes the colour of its highest-numbered active
/// channel (black when none), from the given palette or evenly spaced hues. Otherwise one channel is gray and
/// three channels are R, G, B.
/// </summary>
public sealed class FrameRenderer
{
    private readonly int channels;
    private readonly int height;
    private readonly int width;
    private readonly int scale;
    private readonly bool binary;
    private readonly byte[] palette;

    public FrameRenderer(BoxSpace space, int scale, byte[]? channelColors = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        if (!space.IsImage || space.ElementType != ElementType.UInt8)
        {
            throw new ArgumentException($"Frames are drawn from uint8 [C, H, W] observations; got {space}.", nameof(space));
        }

        (channels, height, width) = (space.Shape[0], space.Shape[1], space.Shape[2]);
        this.scale = scale;
        binary = space.High <= 1;
        if (!binary && channels is not (1 or 3))
        {
            throw new ArgumentException($"A non-binary image needs 1 or 3 channels; got {channels}.", nameof(space));
        }

        palette = channelColors ?? Hues(channels);
        if (binary && palette.Length < channels * 3)
        {
            throw new ArgumentException($"The palette needs {channels} RGB colours.", nameof(channelColors));
        }
    }

    public int Width => width * scale;

    public int Height => height * scale;

    public RgbFrame Render(Observation observation)
    {
        var values = observation.Bytes.Span;
        var plane = height * width;
        if (values.Length != channels * plane)
        {
            throw new ArgumentException($"Expected {channels * plane} values; got {values.Length}.", nameof(observation));
        }

        var pixels = new byte[Width * Height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var (red, green, blue) = ColorOf(values, y * width + x, plane);
                for (var row = y * scale; row < (y + 1) * scale; row++)
                {
                    for (var column = x * scale; column < (x + 1) * scale; column++)
                    {
                        var offset = (row * Width + column) * 3;
                        pixels[offset] = red;
                        pixels[offset + 1] = green;
                        pixels[offset + 2] = blue;
                    }
                }
            }
        }

        return new RgbFrame(Width, Height, pixels);
    }

    private (byte, byte, byte) ColorOf(ReadOnlySpan<byte> values, int cell, int plane)
    {
        if (!binary)
        {
            return channels == 1
                ? (values[cell], values[cell], values[cell])
                : (values[cell], values[plane + cell], values[2 * plane + cell]);
        }

        for (var channel = channels - 1; channel >= 0; channel--)
        {
            if (values[channel * plane + cell] != 0)
            {
                return (palette[channel * 3], palette[channel * 3 + 1], palette[channel * 3 + 2]);
            }
        }

        return (0, 0, 0);
    }

    /// <summary>Fully saturated colours with hues spread evenly around the colour wheel.</summary>
    private static byte[] Hues(int count)
    {
        var colors = new byte[count * 3];
        for (var index = 0; index < count; index++)
        {
            var hue = 6.0 * index / count;
            var sector = (int)hue;
            var fraction = (byte)Math.Round(255 * (hue - sector));
            var (red, green, blue) = sector switch
            {
                0 => ((byte)255, fraction, (byte)0),
                1 => ((byte)(255 - fraction), (byte)255, (byte)0),
                2 => ((byte)0, (byte)255, fraction),
                3 => ((byte)0, (byte)(255 - fraction), (byte)255),
                4 => (fraction, (byte)0, (byte)255),
                _ => ((byte)255, (byte)0, (byte)(255 - fraction)),
            };
            colors[index * 3] = red;
            colors[index * 3 + 1] = green;
            colors[index * 3 + 2] = blue;
        }

        return colors;
    }
}
