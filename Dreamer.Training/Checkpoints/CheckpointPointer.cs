namespace Dreamer.Training.Checkpoints;

/// <summary>
/// What <c>checkpoints/latest</c> says: the checkpoint name it holds (null when it holds none) and what is wrong with
/// it (missing, unreadable, naming a missing folder, pointing outside the run folder), null when nothing is.
/// </summary>
public sealed record CheckpointPointer(string? Name, string? Problem);
