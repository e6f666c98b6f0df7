namespace Dreamer.Environments.MinAtar;

/// <summary>The shades of the <see cref="ObservationView.Image"/> view (minatar.md §1 "Rendering").</summary>
public enum ImagePalette
{
    /// <summary>One channel; channel <c>c</c> of <c>C</c> is drawn at gray level <c>255·(c+1)/C</c>.</summary>
    Gray,

    /// <summary>Three channels; the cubehelix palette with <c>C</c> colours, as the reference renderer uses.</summary>
    Color,
}
