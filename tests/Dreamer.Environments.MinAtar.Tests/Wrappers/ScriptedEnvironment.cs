using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.MinAtar.Tests.Wrappers;

/// <summary>
/// A test environment with <c>actions</c> discrete actions: each step rewards the action index plus one and the
/// episode ends as terminal after <c>length</c> steps. Records the actions it received.
/// </summary>
internal sealed class ScriptedEnvironment(int actions, int length) : IEnvironment
{
    private readonly byte[] observation = new byte[1];

    public List<int> Received { get; } = [];

    public int Steps { get; private set; }

    public bool Disposed { get; private set; }

    public Space ObservationSpace { get; } = new BoxSpace([1], ElementType.UInt8, 0, 255);

    public Space ActionSpace { get; } = new DiscreteSpace(actions);

    public TimeStep Reset()
    {
        Steps = 0;
        observation[0] = 0;
        return new TimeStep(Observation.FromBytes(observation), 0f, true, false, false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        var index = (int)action[0];
        Received.Add(index);
        Steps++;
        observation[0] = (byte)Steps;
        var end = Steps >= length;
        return new TimeStep(Observation.FromBytes(observation), index + 1, false, end, end);
    }

    public void Dispose() => Disposed = true;
}
