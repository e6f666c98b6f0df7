namespace Dreamer.Environments.MinAtar.Tests;

/// <summary>Reads cells of a channel-first [C, 10, 10] grid observation.</summary>
internal static class Grid
{
    public static bool At(ReadOnlySpan<byte> grid, int channel, int x, int y) => grid[(channel * 10 + y) * 10 + x] != 0;

    public static List<(int X, int Y)> Cells(ReadOnlySpan<byte> grid, int channel)
    {
        var cells = new List<(int X, int Y)>();
        for (var y = 0; y < 10; y++)
        {
            for (var x = 0; x < 10; x++)
            {
                if (At(grid, channel, x, y))
                {
                    cells.Add((x, y));
                }
            }
        }

        return cells;
    }
}
