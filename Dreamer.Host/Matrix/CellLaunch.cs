namespace Dreamer.Host.Matrix;

/// <summary>What the runner did with a cell.</summary>
public enum CellLaunch
{
    /// <summary>The cell was already finished; nothing ran.</summary>
    Skipped,

    /// <summary>A new run was started with <c>train</c>.</summary>
    Trained,

    /// <summary>The run was resumed from its checkpoint with <c>resume</c>.</summary>
    Resumed,
}
