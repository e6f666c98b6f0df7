namespace Dreamer.Training.Checkpoints;

/// <summary>A checkpoint loaded into an agent: its folder and the counters it was saved with.</summary>
public sealed record RestoredCheckpoint(string Folder, TrainingCounters Counters);
