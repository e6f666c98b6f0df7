namespace Dreamer.Training.Loop;

/// <summary>
/// What a run records about itself besides weights: <paramref name="Composition"/>, the text of the configuration the
/// run was built from (written to <c>resolved.yaml</c> and into every checkpoint, never parsed here), and
/// <paramref name="Title"/>, the label of its learning-curve plot.
/// </summary>
public sealed record RunDescription(string Composition, string Title);
