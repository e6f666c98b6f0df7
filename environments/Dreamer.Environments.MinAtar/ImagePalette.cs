namespace Dreamer.Environments.MinAtar;

/// <summary>The shades of the <see cref="ObservationView.Image"/> view (minatar.md §1 "Rendering").</summary>
public enum ImagePalette
{
    /// <summary>One channel; channel <c>c</c> of <c>C</c> is drawn at gray level <c>255·(c+1)/C</c>.</summary>
    Gray,

    /// <summary>
    /// One channel; channel <c>c</c> of <c>C</c> at gray level <c>255·(C+c+1)/(2C)</c>: every object at least half
    /// white, so a dim channel (Breakout's paddle is channel 0) is not nearly invisible to a pixel loss.
    /// </summary>
    Bright,

    /// <summary>Three channels; the cubehelix palette with <c>C</c> colours, as the reference renderer uses.</summary>
    Color,
}
