using System.Globalization;

namespace Dreamer.Host.Matrix;

/// <summary>
/// The scoring protocol of a report in words: which records score a run (<c>return/eval</c>), how many episodes each
/// eval averages (as logged in <c>episode/eval_episodes</c>, in metrics files older than it <c>episode/eval_length</c>
/// (<see cref="FinalScore.EpisodesPerEval"/>), else <c>training.eval_episodes</c> of <c>resolved.yaml</c>, else unknown)
/// and the window (the last K evals), or, with <see cref="MatrixResults.EvalStep"/>, the checkpoint evaluations that
/// score the runs instead.
/// </summary>
public static class ScoringProtocol
{
    /// <summary>The protocol's markdown bullet lines.</summary>
    public static IReadOnlyList<string> Describe(MatrixResults results, int last)
    {
        var evals = results.Runs.Where(r => r.Curve.Count > 0).Select(r => r.Curve.Count).ToList();
        var evalText = evals.Count == 0 ? "no run has eval records yet" : $"runs have {Range(evals.Select(e => (double)e).ToList())} eval(s) each";
        return
        [
            $"- scored records: `{FinalScore.EvalReturn}` in each run's metrics.jsonl (greedy evaluation episodes; training returns are not used); {evalText}",
            $"- episodes per eval: {Episodes(results)}",
            results.EvalStep is { } step ? CheckpointScore(results, step) : $"- final score of a run: the mean of its last {last.ToString(CultureInfo.InvariantCulture)} eval(s) (`--last`); a run without an eval is left out",
        ];
    }

    private static string CheckpointScore(MatrixResults results, long step)
    {
        var episodes = results.Runs.Select(r => r.ScoreEpisodes).OfType<int>().Select(e => (double)e).ToList();
        var scored = episodes.Count == 0 ? "no run has one yet" : $"{episodes.Count} of {results.Runs.Count} runs have one, of {Range(episodes)} episodes";
        var at = step.ToString(CultureInfo.InvariantCulture);
        return $"- final score of a run: the mean return of `{CheckpointEvaluation.Folder}/step-{at}.json`, the greedy evaluation of the checkpoint it kept at agent step {at} (`dreamer eval RUN --step {at}`; `--final-eval`); {scored}; a run without one is left out";
    }

    private static string Episodes(MatrixResults results)
    {
        var logged = results.Runs.SelectMany(r => r.EpisodesPerEval).Distinct().Order().ToList();
        if (logged.Count > 0) return $"{Range(logged)} (`{FinalScore.EvalEpisodes}` logged with each eval; `{FinalScore.EvalLength}` in metrics files older than it)";
        var configured = results.Runs.Select(r => r.Resolved.EvalEpisodes).OfType<long>().Distinct().Order().ToList();
        if (configured.Count > 0) return $"{Range(configured.Select(c => (double)c).ToList())} (`training.eval_episodes` in resolved.yaml)";
        return "as logged (the runs record no episode count)";
    }

    private static string Range(IReadOnlyList<double> values)
    {
        var low = values.Min().ToString("0.###", CultureInfo.InvariantCulture);
        var high = values.Max().ToString("0.###", CultureInfo.InvariantCulture);
        return low == high ? low : $"{low}–{high}";
    }
}
