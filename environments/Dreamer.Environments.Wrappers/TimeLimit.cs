using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Wrappers;

/// <summary>
/// Ends an episode after <c>maxSteps</c> steps by setting <see cref="TimeStep.IsLast"/> without
/// <see cref="TimeStep.IsTerminal"/>: a time limit is not a true end (dreamerv2.md §7.1). Owns the inner environment.
/// </summary>
public sealed class TimeLimit : IEnvironment
{
    private readonly IEnvironment _inner;
    private readonly int _maxSteps;
    private int _steps;

    public TimeLimit(IEnvironment inner, int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSteps);
        _inner = inner;
        _maxSteps = maxSteps;
    }

    public Space ObservationSpace => _inner.ObservationSpace;

    public Space ActionSpace => _inner.ActionSpace;

    public TimeStep Reset()
    {
        _steps = 0;
        return _inner.Reset();
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        var step = _inner.Step(action);
        _steps++;
        return _steps >= _maxSteps && !step.IsLast ? step with { IsLast = true } : step;
    }

    public void Dispose() => _inner.Dispose();
}
