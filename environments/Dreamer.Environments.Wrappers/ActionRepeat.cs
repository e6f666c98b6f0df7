using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Wrappers;

/// <summary>
/// Executes each action <c>repeat</c> times, summing the rewards and stopping early when a step is last
/// (dreamerv2.md §7.1, §7.2). Returns the last inner step with the summed reward. Owns the inner environment.
/// </summary>
public sealed class ActionRepeat : IEnvironment
{
    private readonly IEnvironment inner;
    private readonly int repeat;

    public ActionRepeat(IEnvironment inner, int repeat)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeat);
        this.inner = inner;
        this.repeat = repeat;
    }

    public Space ObservationSpace => inner.ObservationSpace;

    public Space ActionSpace => inner.ActionSpace;

    public TimeStep Reset() => inner.Reset();

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        var total = 0f;
        TimeStep step = default;
        for (var count = 0; count < repeat; count++)
        {
            step = inner.Step(action);
            total += step.Reward;
            if (step.IsLast)
            {
                break;
            }
        }

        return step with { Reward = total };
    }

    public void Dispose() => inner.Dispose();
}
