using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Wrappers;

/// <summary>
/// Executes each action <c>repeat</c> times, summing the rewards and stopping early when a step is last
/// (dreamerv2.md §7.1, §7.2). Returns the last inner step with the summed reward. Owns the inner environment.
/// </summary>
public sealed class ActionRepeat : IEnvironment
{
    private readonly IEnvironment _inner;
    private readonly int _repeat;

    public ActionRepeat(IEnvironment inner, int repeat)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeat);
        _inner = inner;
        _repeat = repeat;
    }

    public Space ObservationSpace => _inner.ObservationSpace;

    public Space ActionSpace => _inner.ActionSpace;

    public TimeStep Reset() => _inner.Reset();

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        var total = 0f;
        TimeStep step = default;
        for (var count = 0; count < _repeat; count++)
        {
            step = _inner.Step(action);
            total += step.Reward;
            if (step.IsLast)
            {
                break;
            }
        }

        return step with { Reward = total };
    }

    public void Dispose() => _inner.Dispose();
}
