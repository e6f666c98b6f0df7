namespace Dreamer.Environments.MinAtar;

/// <summary>How a MinAtar environment presents its board (minatar.md §1 "Observation", "Rendering").</summary>
public enum ObservationView
{
    /// <summary>The binary grid, uint8 <c>[C, 10, 10]</c> with values 0 and 1.</summary>
    Grid,

    /// <summary>
    /// A 64×64 picture, uint8 <c>[1, 64, 64]</c> (gray) or <c>[3, 64, 64]</c> (colour): the grid upscaled by nearest
    /// neighbour, each cell drawn in the shade of its highest-numbered active channel (black when empty).
    /// </summary>
    Image,
}
