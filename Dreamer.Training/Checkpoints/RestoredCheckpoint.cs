namespace Dreamer.Training.Checkpoints;

/// <summary>
/// A checkpoint loaded into an agent: its folder, the counters it was saved with, and why it was taken (one line
/// each: the checkpoints skipped and a <c>latest</c> that was not followed).
/// </summary>
public sealed record RestoredCheckpoint(string Folder, TrainingCounters Counters, IReadOnlyList<string> Notes);
