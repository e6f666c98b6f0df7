namespace Dreamer.Host.Matrix;

/// <summary>Settings of <c>dreamer matrix report</c>.</summary>
/// <param name="Last">A run's final score is the mean of its last <c>Last</c> eval returns.</param>
/// <param name="Repetitions">Stratified-bootstrap resamples per interval.</param>
/// <param name="Seed">Seed of the bootstrap's random numbers.</param>
/// <param name="Baseline">The arm every other arm is compared with; null for the first arm in plan order.</param>
/// <param name="EvalStep">When set, a run's final score is its checkpoint evaluation at this agent step (<see cref="CheckpointEvaluation"/>) instead of its last eval returns.</param>
public sealed record ReportOptions(int Last = 1, int Repetitions = ReportOptions.DefaultRepetitions, int Seed = 0, string? Baseline = null, long? EvalStep = null)
{
    /// <summary>The default number of bootstrap resamples.</summary>
    public const int DefaultRepetitions = 10_000;
}
