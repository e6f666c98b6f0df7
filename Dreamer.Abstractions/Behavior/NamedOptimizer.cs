namespace Dreamer.Abstractions.Behavior;

/// <summary>An optimizer with a stable name (<c>actor</c>, <c>critic</c>) whose state a checkpoint keeps.</summary>
public sealed record NamedOptimizer(string Name, IOptimizerState Optimizer);
