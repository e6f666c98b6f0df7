using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Wrappers;

/// <summary>
/// Ends an episode after <c>maxSteps</c> steps by setting <see cref="TimeStep.IsLast"/> without
/// <see cref="TimeStep.IsTerminal"/>: a time limit is not a true end (dreamerv2.md §7.1). A step after the step it
/// ended throws <see cref="InvalidOperationException"/>, as <see cref="IEnvironment.Step"/> says, although the inner
/// environment's episode goes on; after an end of the inner environment's own, the inner environment answers. Owns the inner environment.
/// </summary>
public sealed class TimeLimit : IPipelinedEnvironment
{
    private readonly IEnvironment inner;
    private readonly int maxSteps;
    private readonly PendingStep pending = new();
    private int steps;
    private bool timedOut;

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
        timedOut = false;
        return inner.Reset();
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        BeginStep(action);
        return EndStep();
    }

    public void BeginStep(ReadOnlySpan<float> action)
    {
        if (timedOut)
        {
            throw new InvalidOperationException($"The episode ended at the time limit of {maxSteps} steps: call Reset first.");
        }
        pending.Begin(inner, action);
    }

    public TimeStep EndStep()
    {
        var step = pending.End(inner);
        steps++;
        if (step.IsLast || steps < maxSteps) return step;
        timedOut = true;
        return step with { IsLast = true };
    }

    public void Dispose() => inner.Dispose();
}
