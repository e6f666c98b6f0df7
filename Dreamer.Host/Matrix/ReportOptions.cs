namespace Dreamer.Host.Matrix;

/// <summary>Settings of <c>dreamer matrix report</c>.</summary>
/// <param name="Last">A run's final score is the mean of its last <c>Last</c> eval returns.</param>
/// <param name="Repetitions">Stratified-bootstrap resamples per interval.</param>
/// <param name="Seed">Seed of the bootstrap's random numbers.</param>
public sealed record ReportOptions(int Last = 1, int Repetitions = 2000, int Seed = 0);
