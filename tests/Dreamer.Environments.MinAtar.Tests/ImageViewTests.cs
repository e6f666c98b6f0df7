using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.MinAtar.Tests;

/// <summary>The 64×64 image view (nearest-neighbour upscaling of the grid, one shade per channel).</summary>
public sealed class ImageViewTests
{
    [Theory]
    [InlineData(ImagePalette.Gray, 1)]
    [InlineData(ImagePalette.Bright, 1)]
    [InlineData(ImagePalette.Color, 3)]
    public void TheImageSpaceIsChannelFirst64By64(ImagePalette palette, int planes)
    {
        using var environment = Play.Create("seaquest", Play.NoSticky with { View = ObservationView.Image, Palette = palette });
        Assert.Equal(new BoxSpace([planes, 64, 64], ElementType.UInt8, 0, 255), environment.ObservationSpace);
        Assert.Equal(planes * 64 * 64, environment.Reset().Observation.Bytes.Length);
    }

    [Theory]
    [InlineData(ImagePalette.Gray)]
    [InlineData(ImagePalette.Bright)]
    [InlineData(ImagePalette.Color)]
    public void EachPixelShowsTheHighestActiveChannelOfItsCell(ImagePalette palette)
    {
        var options = Play.NoSticky with { Palette = palette };
        using var grid = Play.Create("space-invaders", options);
        using var image = Play.Create("space-invaders", options with { View = ObservationView.Image });
        var shades = palette switch
        {
            ImagePalette.Color => ChannelPalette.Cubehelix(6),
            ImagePalette.Bright => ChannelPalette.Bright(6),
            _ => ChannelPalette.Gray(6),
        };
        var planes = palette == ImagePalette.Color ? 3 : 1;
        var gridStep = grid.Reset();
        var imageStep = image.Reset();
        for (var step = 0; step < 40 && !gridStep.IsLast; step++)
        {
            var cells = gridStep.Observation.Bytes.ToArray();
            var pixels = imageStep.Observation.Bytes.Span;
            for (var y = 0; y < 64; y++)
            {
                for (var x = 0; x < 64; x++)
                {
                    var channel = Enumerable.Range(0, 6).LastOrDefault(c => Grid.At(cells, c, x * 10 / 64, y * 10 / 64), -1);
                    for (var plane = 0; plane < planes; plane++)
                    {
                        var expected = channel < 0 ? 0 : shades[channel * planes + plane];
                        Assert.Equal(expected, pixels[(plane * 64 + y) * 64 + x]);
                    }
                }
            }

            gridStep = Play.Step(grid, 5);
            imageStep = Play.Step(image, 5);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(10)]
    public void PaletteShadesAreDistinctAndNotBlack(int channels)
    {
        var gray = ChannelPalette.Gray(channels);
        Assert.Equal(channels, gray.Distinct().Count());
        Assert.DoesNotContain((byte)0, gray);
        var colors = ChannelPalette.Cubehelix(channels).Chunk(3).Select(rgb => (rgb[0], rgb[1], rgb[2])).ToList();
        Assert.Equal(channels, colors.Distinct().Count());
        Assert.DoesNotContain(((byte)0, (byte)0, (byte)0), colors);
    }

    [Fact]
    public void BrightShadesAreDistinctAndAtLeastHalfWhite()
    {
        Assert.Equal(new byte[] { 159, 191, 223, 255 }, ChannelPalette.Bright(4));
        var shades = ChannelPalette.Bright(10);
        Assert.Equal(10, shades.Distinct().Count());
        Assert.All(shades, shade => Assert.True(shade >= 127));
    }
}
