namespace Dreamer.Host.Matrix;

/// <summary>A point estimate with the lower and upper ends of its confidence interval.</summary>
public sealed record ConfidenceInterval(double Estimate, double Lower, double Upper);
