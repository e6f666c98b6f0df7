namespace Dreamer.Benchmarks;

/// <summary>What a benchmark mode measured: its one-line description and the wall and process-CPU time of each timed update.</summary>
public sealed record UpdateTimings(string Description, TimingStatistics Wall, TimingStatistics Cpu);
