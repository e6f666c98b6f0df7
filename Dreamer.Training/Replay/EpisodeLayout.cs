namespace Dreamer.Training.Replay;

/// <summary>The observation shape and action size every episode of a run has (those of its agent).</summary>
public sealed record EpisodeLayout(IReadOnlyList<int> ObservationShape, int ActionSize)
{
    /// <summary>What differs between <paramref name="episode"/> and this layout, or null when it fits.</summary>
    public string? Mismatch(Episode episode) =>
        episode.ObservationShape.SequenceEqual(ObservationShape) && episode.ActionSize == ActionSize
            ? null
            : $"it holds observations of shape [{string.Join(", ", episode.ObservationShape)}] and {episode.ActionSize} actions; "
                + $"this run's agent takes [{string.Join(", ", ObservationShape)}] and {ActionSize}";
}
