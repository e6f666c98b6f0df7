namespace Dreamer.Training.Loop;

/// <summary>One parameter tensor of a network: its dotted name, shape and number of values (dreamerv2.md §11 TV9).</summary>
public sealed record NetworkSummaryRow(string Name, IReadOnlyList<long> Shape, long Count);
