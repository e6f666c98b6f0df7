using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Replay;

/// <summary>
/// The observation shape, observation element type and action size every episode of a run has (those of its agent,
/// dreamerv2.md §7.3).
/// </summary>
public sealed record EpisodeLayout(IReadOnlyList<int> ObservationShape, int ActionSize, ElementType ObservationType = ElementType.UInt8)
{
    /// <summary>What differs between <paramref name="episode"/> and this layout, or null when it fits.</summary>
    public string? Mismatch(Episode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        if (!episode.ObservationShape.SequenceEqual(ObservationShape) || episode.ActionSize != ActionSize)
        {
            return $"it holds observations of shape [{string.Join(", ", episode.ObservationShape)}] and {episode.ActionSize} actions; "
                + $"this run's agent takes [{string.Join(", ", ObservationShape)}] and {ActionSize}";
        }
        return episode.ObservationType == ObservationType
            ? null
            : $"it holds {ObservationElements.Name(episode.ObservationType)} observations; this run's agent takes {ObservationElements.Name(ObservationType)}";
    }
}
