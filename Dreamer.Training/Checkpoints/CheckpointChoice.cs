namespace Dreamer.Training.Checkpoints;

/// <summary>The checkpoint a resume takes: its folder, what it holds, and why it was taken (one line each).</summary>
public sealed record CheckpointChoice(string Folder, CheckpointContent Content, IReadOnlyList<string> Notes);
