using Dreamer.Training.Logging;

namespace Dreamer.Host.Matrix;

/// <summary>The final score of a run: the mean of its last K evaluation returns (<c>return/eval</c> in metrics.jsonl).</summary>
public static class FinalScore
{
    /// <summary>The metric a run's score is read from.</summary>
    public const string EvalReturn = "return/eval";

    /// <summary>The metric logged with each eval return: how many episodes that eval averaged.</summary>
    public const string EvalEpisodes = "episode/eval_episodes";

    /// <summary>
    /// The mean length of the eval episodes; metrics files written before <see cref="EvalEpisodes"/> existed logged the
    /// number of episodes under this name instead.
    /// </summary>
    public const string EvalLength = "episode/eval_length";

    /// <summary>The mean of the last <paramref name="last"/> finite eval returns, or null when the run has none.</summary>
    public static double? Of(IReadOnlyList<MetricsRecord> records, int last)
    {
        var returns = EvalCurve(records).Select(p => p.Return).TakeLast(Math.Max(1, last)).ToList();
        return returns.Count == 0 ? null : returns.Average();
    }

    /// <summary>The (step, eval return) points of a run, in file order.</summary>
    public static IReadOnlyList<(long Step, double Return)> EvalCurve(IReadOnlyList<MetricsRecord> records) =>
        records.Where(r => r.Scalars.TryGetValue(EvalReturn, out var value) && double.IsFinite(value))
            .Select(r => (r.Step, r.Scalars[EvalReturn])).ToList();

    /// <summary>The distinct episode counts logged with the eval returns, ascending.</summary>
    public static IReadOnlyList<double> EpisodesPerEval(IReadOnlyList<MetricsRecord> records) =>
        records.Where(r => r.Scalars.ContainsKey(EvalReturn))
            .Select(EpisodeCount)
            .Where(double.IsFinite)
            .Distinct().Order().ToList();

    /// <summary>
    /// The episode count of one eval record: <see cref="EvalEpisodes"/>; a record without it comes from a metrics file
    /// written before that metric existed, when <see cref="EvalLength"/> held the count, and only then is that read.
    /// </summary>
    private static double EpisodeCount(MetricsRecord record) =>
        record.Scalars.TryGetValue(EvalEpisodes, out var count) ? count
        : record.Scalars.TryGetValue(EvalLength, out var oldCount) ? oldCount
        : double.NaN;
}
