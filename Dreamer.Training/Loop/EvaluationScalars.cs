using Dreamer.Training.Replay;

namespace Dreamer.Training.Loop;

/// <summary>
/// The scalars one evaluation logs: <c>return/eval</c> (mean return), <c>episode/eval_length</c> (mean length in agent
/// steps) and <c>episode/eval_episodes</c> (how many episodes it averaged).
/// </summary>
internal static class EvaluationScalars
{
    /// <summary>The scalars of the finished evaluation <paramref name="episodes"/>; at least one.</summary>
    public static IReadOnlyList<KeyValuePair<string, double>> Of(IReadOnlyList<Episode> episodes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(episodes.Count);
        return
        [
            new("return/eval", episodes.Average(episode => episode.Return)),
            new("episode/eval_length", episodes.Average(episode => episode.Length)),
            new("episode/eval_episodes", episodes.Count),
        ];
    }
}
