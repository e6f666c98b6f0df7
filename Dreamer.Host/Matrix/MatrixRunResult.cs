using Dreamer.Training.Runs;

namespace Dreamer.Host.Matrix;

/// <summary>One run of a matrix as the report and the export read it from its run folder.</summary>
/// <param name="Cell">The planned cell.</param>
/// <param name="Environment">The environment key: the cell's, else the run's <c>resolved.yaml</c> <c>environment.type</c>.</param>
/// <param name="Status">The run's <c>status.json</c>, or null before it has one.</param>
/// <param name="Curve">The (step, <c>return/eval</c>) points in file order.</param>
/// <param name="Score">The final score (mean of the last K eval returns, or the checkpoint evaluation's mean return), or null without one.</param>
/// <param name="EpisodesPerEval">The distinct episode counts logged with the eval returns (<see cref="FinalScore.EpisodesPerEval"/>).</param>
/// <param name="Resolved">What the run's <c>resolved.yaml</c> says.</param>
/// <param name="ScoreEpisodes">The episodes of the checkpoint evaluation that scored the run; null when its eval returns did.</param>
public sealed record MatrixRunResult(
    MatrixCell Cell,
    string Environment,
    RunStatus? Status,
    IReadOnlyList<(long Step, double Return)> Curve,
    double? Score,
    IReadOnlyList<double> EpisodesPerEval,
    ResolvedRunFacts Resolved,
    int? ScoreEpisodes = null);
