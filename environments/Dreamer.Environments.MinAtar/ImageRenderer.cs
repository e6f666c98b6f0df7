namespace Dreamer.Environments.MinAtar;

/// <summary>
/// Draws a binary <c>[C, 10, 10]</c> grid as a channel-first <c>[P, 64, 64]</c> picture by nearest-neighbour
/// upscaling; each cell takes the shade of its highest-numbered active channel, black when none is active
/// (the <see cref="ObservationView.Image"/> view).
/// </summary>
internal sealed class ImageRenderer
{
    public const int Side = 64;

    private readonly int channels;
    private readonly int planes;
    private readonly byte[] shades;
    private readonly byte[] cellShades;
    private readonly int[] cellOfPixel = new int[Side];

    public ImageRenderer(int channels, ImagePalette palette)
    {
        this.channels = channels;
        planes = palette == ImagePalette.Color ? 3 : 1;
        shades = palette switch
        {
            ImagePalette.Color => ChannelPalette.Cubehelix(channels),
            ImagePalette.Bright => ChannelPalette.Bright(channels),
            _ => ChannelPalette.Gray(channels),
        };
        cellShades = new byte[planes * 100];
        for (var pixel = 0; pixel < Side; pixel++)
        {
            cellOfPixel[pixel] = pixel * 10 / Side;
        }
    }

    /// <summary>Number of image planes: 1 for gray, 3 for colour.</summary>
    public int Planes => planes;

    public void Render(ReadOnlySpan<byte> grid, Span<byte> image)
    {
        Array.Clear(cellShades);
        for (var cell = 0; cell < 100; cell++)
        {
            for (var channel = channels - 1; channel >= 0; channel--)
            {
                if (grid[channel * 100 + cell] != 0)
                {
                    for (var plane = 0; plane < planes; plane++)
                    {
                        cellShades[plane * 100 + cell] = shades[channel * planes + plane];
                    }

                    break;
                }
            }
        }

        for (var plane = 0; plane < planes; plane++)
        {
            var planeImage = image.Slice(plane * Side * Side, Side * Side);
            var previousRow = -1;
            for (var y = 0; y < Side; y++)
            {
                var row = planeImage.Slice(y * Side, Side);
                var cellRow = cellOfPixel[y];
                if (cellRow == previousRow)
                {
                    planeImage.Slice((y - 1) * Side, Side).CopyTo(row);
                    continue;
                }

                previousRow = cellRow;
                var shades = cellShades.AsSpan(plane * 100 + cellRow * 10, 10);
                for (var x = 0; x < Side; x++)
                {
                    row[x] = shades[cellOfPixel[x]];
                }
            }
        }
    }
}
