using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Tests.Acting;

/// <summary>
/// Environment <c>index</c> of a driver test: writes <c>reset i</c>, <c>step i a</c> or, pipelined, <c>begin i a</c>
/// and <c>end i</c> to a log shared by all environments. Its one-byte observation counts its steps; an episode is
/// <c>length</c> steps, each rewarded with the action.
/// </summary>
internal sealed class LoggedEnvironment(int index, int length, List<string> log) : IEnvironment
{
    private readonly byte[] observation = new byte[1];
    private float action;

    public Space ObservationSpace { get; } = new BoxSpace([1], ElementType.UInt8, 0, 255);

    public Space ActionSpace { get; } = new BoxSpace([1], ElementType.Float32, -1, 1);

    public TimeStep Reset()
    {
        log.Add($"reset {index}");
        observation[0] = 0;
        return new TimeStep(Observation.FromBytes(observation.ToArray()), 0f, true, false, false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        log.Add($"step {index} {action[0]}");
        return Advance(action[0]);
    }

    /// <summary>Logs the start of a pipelined step; <see cref="EndStep"/> advances.</summary>
    public void BeginStep(ReadOnlySpan<float> action)
    {
        log.Add($"begin {index} {action[0]}");
        this.action = action[0];
    }

    /// <summary>Logs and advances the step <see cref="BeginStep"/> started.</summary>
    public TimeStep EndStep()
    {
        log.Add($"end {index}");
        return Advance(action);
    }

    public void Dispose()
    {
    }

    private TimeStep Advance(float value)
    {
        observation[0]++;
        var last = observation[0] >= length;
        return new TimeStep(Observation.FromBytes(observation.ToArray()), value, false, last, false);
    }
}
