namespace Dreamer.Training.Logging;

/// <summary>One line of <c>metrics.jsonl</c>: the agent step and its scalars by hierarchical name.</summary>
public sealed record MetricsRecord(long Step, IReadOnlyDictionary<string, double> Scalars);
