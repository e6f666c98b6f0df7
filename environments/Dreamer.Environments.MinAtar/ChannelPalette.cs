namespace Dreamer.Environments.MinAtar;

/// <summary>
/// The shades in which the channels of a MinAtar grid are drawn (minatar.md §1 "Rendering"): distinct gray
/// levels, or the cubehelix palette (Green 2011; start 0.5, rotations −1.5, hue 1, gamma 1) sampled at
/// <c>(c+1)/(C+1)</c> as seaborn's <c>color_palette("cubehelix", C)</c> does.
/// </summary>
public static class ChannelPalette
{
    /// <summary>Gray level of each channel: <c>255·(c+1)/C</c>, distinct and never black.</summary>
    public static byte[] Gray(int channels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        var levels = new byte[channels];
        for (var channel = 0; channel < channels; channel++)
        {
            levels[channel] = (byte)(255 * (channel + 1) / channels);
        }

        return levels;
    }

    /// <summary>
    /// Bright gray level of each channel: <c>255·(C+c+1)/(2C)</c>, distinct and at least half white, so that every
    /// object, the dimmest channel included, stands well clear of the black background.
    /// </summary>
    public static byte[] Bright(int channels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        var levels = new byte[channels];
        for (var channel = 0; channel < channels; channel++)
        {
            levels[channel] = (byte)(255 * (channels + channel + 1) / (2 * channels));
        }

        return levels;
    }

    /// <summary>RGB colour of each channel, three bytes per channel.</summary>
    public static byte[] Cubehelix(int channels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        var colors = new byte[channels * 3];
        for (var channel = 0; channel < channels; channel++)
        {
            var x = (channel + 1.0) / (channels + 1.0);
            var amplitude = x * (1 - x) / 2;
            var angle = 2 * Math.PI * (0.5 / 3 - 1.5 * x);
            var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
            colors[channel * 3] = ToByte(x + amplitude * (-0.14861 * cos + 1.78277 * sin));
            colors[channel * 3 + 1] = ToByte(x + amplitude * (-0.29227 * cos - 0.90649 * sin));
            colors[channel * 3 + 2] = ToByte(x + amplitude * (1.97294 * cos));
        }

        return colors;
    }

    private static byte ToByte(double intensity) => (byte)Math.Round(255 * Math.Clamp(intensity, 0, 1));
}
