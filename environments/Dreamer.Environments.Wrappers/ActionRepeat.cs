using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Wrappers;

/// <summary>
/// Executes each action <c>repeat</c> times, summing the rewards and stopping early when a step is last
/// (dreamerv2.md §7.1, §7.2). Returns the last inner step with the summed reward. Pipelined, only the first of the
/// repeats overlaps other environments. Owns the inner environment.
/// </summary>
public sealed class ActionRepeat : IPipelinedEnvironment
{
    private readonly IEnvironment inner;
    private readonly int repeat;
    private readonly PendingStep pending = new();
    private float[] repeated = [];

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
        BeginStep(action);
        return EndStep();
    }

    public void BeginStep(ReadOnlySpan<float> action)
    {
        pending.Begin(inner, action);
        if (repeated.Length != action.Length) repeated = new float[action.Length];
        action.CopyTo(repeated);
    }

    public TimeStep EndStep()
    {
        var step = pending.End(inner);
        var total = step.Reward;
        for (var count = 1; count < repeat && !step.IsLast; count++)
        {
            step = inner.Step(repeated);
            total += step.Reward;
        }

        return step with { Reward = total };
    }

    public void Dispose() => inner.Dispose();
}
