using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Wrappers;

/// <summary>
/// Ends an episode after <c>maxSteps</c> steps by setting <see cref="TimeStep.IsLast"/> without
/// <see cref="TimeStep.IsTerminal"/>: a time limit is not a true end (dreamerv2.md §7.1). Owns the inner environment.
/// </summary>
public sealed class TimeLimit : IEnvironment
{
    private readonly IEnvironment inner;
    private readonly int maxSteps;
    private int steps;

    public TimeLimit(IEnvironment inner, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSteps);
        this.inner = inner;
        this.maxSteps = maxSteps;
    }

    public Space ObservationSpace => inner.ObservationSpace;

    public Space ActionSpace => inner.ActionSpace;

    public TimeStep Reset()
    {
        steps = 0;
        return inner.Reset();
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        var step = inner.Step(action);
        steps++;
        return steps >= maxSteps && !step.IsLast ? step with { IsLast = true } : step;
    }

    public void Dispose() => inner.Dispose();
}
