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
    private readonly int _channels;
    private readonly int _height;
    private readonly int _width;
    private readonly int _scale;
    private readonly bool _binary;
    private readonly byte[] _palette;

    public FrameRenderer(BoxSpace space, int scale, byte[]? channelColors = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        if (!space.IsImage || space.ElementType != ElementType.UInt8)
        {
            throw new ArgumentException($"Frames are drawn from uint8 [C, H, W] observations; got {space}.", nameof(space));
        }

        (_channels, _height, _width) = (space.Shape[0], space.Shape[1], space.Shape[2]);
        _scale = scale;
        _binary = space.High <= 1;
        if (!_binary && _channels is not (1 or 3))
        {
            throw new ArgumentException($"A non-binary image needs 1 or 3 channels; got {_channels}.", nameof(space));
        }

        _palette = channelColors ?? Hues(_channels);
        if (_binary && _palette.Length < _channels * 3)
        {
            throw new ArgumentException($"The palette needs {_channels} RGB colours.", nameof(channelColors));
        }
    }

    public int Width => _width * _scale;

    public int Height => _height * _scale;

    public RgbFrame Render(Observation observation)
    {
        var values = observation.Bytes.Span;
        var plane = _height * _width;
        if (values.Length != _channels * plane)
        {
            throw new ArgumentException($"Expected {_channels * plane} values; got {values.Length}.", nameof(observation));
        }

        var pixels = new byte[Width * Height * 3];
        for (var y = 0; y < _height; y++)
        {
            for (var x = 0; x < _width; x++)
            {
                var (red, green, blue) = ColorOf(values, y * _width + x, plane);
                for (var row = y * _scale; row < (y + 1) * _scale; row++)
                {
                    for (var column = x * _scale; column < (x + 1) * _scale; column++)
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
        if (!_binary)
        {
            return _channels == 1
                ? (values[cell], values[cell], values[cell])
                : (values[cell], values[plane + cell], values[2 * plane + cell]);
        }

        for (var channel = _channels - 1; channel >= 0; channel--)
        {
            if (values[channel * plane + cell] != 0)
            {
                return (_palette[channel * 3], _palette[channel * 3 + 1], _palette[channel * 3 + 2]);
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
