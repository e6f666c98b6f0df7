using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>A 1×64×64 image environment of 10-step episodes whose simulator throws at its step number <c>after</c>.</summary>
[Component("test.crashing", Summary = "Constant images; throws InvalidOperationException at a given step.")]
public sealed class CrashingEnvironment(CrashingEnvironmentOptions options, EnvironmentContext context) : IEnvironment
{
    private readonly byte[] image = new byte[64 * 64];
    private int time;
    private int steps;

    public Space ObservationSpace { get; } = new BoxSpace([1, 64, 64], ElementType.UInt8, 0, 255);

    public Space ActionSpace { get; } = new DiscreteSpace(3);

    public TimeStep Reset()
    {
        time = 0;
        return new TimeStep(Observation.FromBytes(image), 0f, IsFirst: true, IsLast: false, IsTerminal: false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        if (++steps >= options.After) throw new InvalidOperationException($"test.crashing {context.Index}: the simulator crashed at step {steps}");
        time++;
        var last = time >= 10;
        return new TimeStep(Observation.FromBytes(image), action[0], IsFirst: false, IsLast: last, IsTerminal: last);
    }

    public void Dispose()
    {
    }
}
