using Dreamer.Environments.Rollout;

namespace Dreamer.Environments.MinAtar.Tests.Rollout;

/// <summary>The GIF89a writer, checked by decoding what it wrote.</summary>
public sealed class GifWriterTests
{
    private static RgbFrame Frame(int width, int height, Func<int, int, int> color)
    {
        var pixels = new byte[width * height * 3];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var value = color(x, y);
                var offset = (y * width + x) * 3;
                (pixels[offset], pixels[offset + 1], pixels[offset + 2]) = ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
            }
        }

        return new RgbFrame(width, height, pixels);
    }

    private static GifDecoder WriteAndDecode(IReadOnlyList<RgbFrame> frames, int delay = 8)
    {
        using var stream = new MemoryStream();
        using (var gif = new GifWriter(stream, frames[0].Width, frames[0].Height, delay))
        {
            foreach (var frame in frames)
            {
                gif.Write(frame);
            }

            Assert.Equal(frames.Count, gif.FrameCount);
        }

        return GifDecoder.Decode(stream.ToArray());
    }

    private static int[] Colors(RgbFrame frame) =>
        Enumerable.Range(0, frame.Width * frame.Height).Select(pixel => frame.ColorAt(pixel % frame.Width, pixel / frame.Width)).ToArray();

    [Fact]
    public void ALoopingAnimationDecodesToTheWrittenFrames()
    {
        var frames = new[]
        {
            Frame(20, 12, (x, y) => 0),
            Frame(20, 12, (x, y) => x < 10 ? 0xFF0000 : 0x00FF00),
            Frame(20, 12, (x, y) => (x * 12 + y) % 5 * 0x101010 + 0x000040),
        };

        var gif = WriteAndDecode(frames, delay: 7);
        Assert.Equal("GIF89a", gif.Signature);
        Assert.Equal((20, 12), (gif.Width, gif.Height));
        Assert.True(gif.Loops);
        Assert.True(gif.EndsWithTrailer);
        Assert.Equal([7, 7, 7], gif.Delays);
        Assert.Equal(3, gif.Frames.Count);
        for (var index = 0; index < frames.Length; index++)
        {
            Assert.Equal(Colors(frames[index]), gif.Frames[index]);
        }
    }

    [Fact]
    public void ALargeFrameWithManyColoursRoundTripsThroughTableResets()
    {
        var random = new Random(4);
        var palette = Enumerable.Range(0, 200).Select(_ => random.Next(1 << 24)).ToArray();
        var noise = Frame(160, 160, (x, y) => palette[random.Next(palette.Length)]);
        var gif = WriteAndDecode([noise]);
        Assert.Equal(Colors(noise), Assert.Single(gif.Frames));
    }

    [Fact]
    public void FramesWithMoreThan256ColoursAreReducedToTheColourCube()
    {
        var gradient = Frame(64, 64, (x, y) => (x * 4 << 16) | (y * 4 << 8) | 128);
        var decoded = Assert.Single(WriteAndDecode([gradient]).Frames);
        Assert.InRange(decoded.Distinct().Count(), 2, 256);
        var original = Colors(gradient);
        for (var pixel = 0; pixel < original.Length; pixel++)
        {
            for (var shift = 0; shift <= 16; shift += 8)
            {
                Assert.InRange(Math.Abs(((original[pixel] >> shift) & 0xFF) - ((decoded[pixel] >> shift) & 0xFF)), 0, 26);
            }
        }
    }

    [Fact]
    public void AFrameOfTheWrongSizeIsRejected()
    {
        using var stream = new MemoryStream();
        using var gif = new GifWriter(stream, 10, 10);
        Assert.Throws<ArgumentException>(() => gif.Write(Frame(10, 11, (_, _) => 0)));
    }
}
