using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Conformance;

/// <summary>
/// The outcome of an <see cref="EnvironmentCheck"/>: the spaces the environment declares, the steps and episodes of its
/// first run, one line per problem (the first occurrence of each kind, in the order found) and one per warning. The
/// environment passed when <see cref="Failures"/> is empty; warnings do not fail it.
/// </summary>
/// <param name="ObservationSpace">The declared observation space.</param>
/// <param name="ActionSpace">The declared action space.</param>
/// <param name="Steps">The <see cref="IEnvironment.Step"/> calls of the first run.</param>
/// <param name="Episodes">The episodes that ended (a step with <see cref="TimeStep.IsLast"/>) in the first run.</param>
/// <param name="Failures">What the environment gets wrong, one sentence without a final period each.</param>
/// <param name="Warnings">What looks wrong without breaking the contract, one sentence without a final period each.</param>
public sealed record EnvironmentCheckResult(
    Space ObservationSpace,
    Space ActionSpace,
    int Steps,
    int Episodes,
    IReadOnlyList<string> Failures,
    IReadOnlyList<string> Warnings)
{
    /// <summary>True when no check failed.</summary>
    public bool Passed => Failures.Count == 0;
}
