namespace Dreamer.Training.WorldModels;

/// <summary>How uint8 observations become the world model's inputs and image targets (dreamerv2.md §3 preprocessing).</summary>
public enum ObservationScale
{
    /// <summary>Images: x / 255 − 0.5, in [−0.5, 0.5] (the reference).</summary>
    Image,

    /// <summary>Binary grids such as MinAtar's C×10×10: the 0 and 1 values as they are (the published PyTorch MinAtar runs).</summary>
    Binary,
}
