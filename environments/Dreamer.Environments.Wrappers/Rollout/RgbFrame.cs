namespace Dreamer.Environments.Rollout;

/// <summary>A picture of <paramref name="Width"/>×<paramref name="Height"/> pixels, three bytes (R, G, B) per pixel, row by row.</summary>
public sealed record RgbFrame(int Width, int Height, byte[] Pixels)
{
    /// <summary>The colour of pixel (x, y) as 0xRRGGBB.</summary>
    public int ColorAt(int x, int y)
    {
        var offset = (y * Width + x) * 3;
        return (Pixels[offset] << 16) | (Pixels[offset + 1] << 8) | Pixels[offset + 2];
    }
}
