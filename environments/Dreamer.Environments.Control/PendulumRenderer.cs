namespace Dreamer.Environments.Control;

/// <summary>
/// Draws the pendulum into a grey 64×64 picture: black background, the pole from the pivot at the centre as an
/// anti-aliased bar 5 px wide and 24 px long, a bob of radius 5 px at its end, and the pivot in mid grey.
/// </summary>
internal static class PendulumRenderer
{
    public const int Side = 64;
    private const double Centre = (Side - 1) / 2.0;
    private const double PoleLength = 24;
    private const double PoleHalfWidth = 2.5;
    private const double BobRadius = 5;
    private const double PivotRadius = 2;

    /// <summary>Renders angle <paramref name="angle"/> (0 = upright) into <paramref name="pixels"/> ([64·64], row-major, y down).</summary>
    public static void Render(double angle, Span<byte> pixels)
    {
        var tipX = Centre + PoleLength * Math.Sin(angle);
        var tipY = Centre - PoleLength * Math.Cos(angle);
        for (var y = 0; y < Side; y++)
        {
            for (var x = 0; x < Side; x++)
            {
                var pole = Coverage(PoleHalfWidth - SegmentDistance(x, y, Centre, Centre, tipX, tipY));
                var bob = Coverage(BobRadius - Distance(x, y, tipX, tipY));
                var pivot = Coverage(PivotRadius - Distance(x, y, Centre, Centre));
                var brightness = Math.Max(Math.Max(pole, bob) * 255, pivot * 128);
                pixels[y * Side + x] = (byte)Math.Round(brightness);
            }
        }
    }

    private static double Coverage(double inside) => Math.Clamp(inside + 0.5, 0, 1);

    private static double Distance(double x, double y, double px, double py) => Math.Sqrt((x - px) * (x - px) + (y - py) * (y - py));

    private static double SegmentDistance(double x, double y, double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var along = Math.Clamp(((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy), 0, 1);
        return Distance(x, y, ax + along * dx, ay + along * dy);
    }
}
