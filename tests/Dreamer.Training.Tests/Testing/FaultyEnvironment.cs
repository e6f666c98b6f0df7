using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Tests.Testing;

/// <summary>
/// A broken environment: a float [2] observation in [0, 1] and two actions, with episodes of ten steps, except for
/// its <see cref="EnvironmentFault"/>: an observation above the bound, episodes that never end, rewards drawn
/// from an unseeded random source, or a step after the end of an episode that does not throw.
/// </summary>
internal sealed class FaultyEnvironment(EnvironmentFault fault, EnvironmentContext context) : IEnvironment
{
    private const int EpisodeLength = 10;

    private readonly Random random = fault == EnvironmentFault.IgnoresSeed ? new Random() : new Random(context.Seed);
    private readonly float[] observation = new float[2];
    private int steps;
    private bool running;

    public Space ObservationSpace { get; } = new BoxSpace([2], ElementType.Float32, 0, 1);

    public Space ActionSpace { get; } = new DiscreteSpace(2);

    public TimeStep Reset()
    {
        steps = 0;
        running = true;
        observation[0] = 0;
        observation[1] = 0;
        return new TimeStep(Observation.FromFloats(observation), 0, true, false, false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        if (!running && fault != EnvironmentFault.StepsAfterTheEnd) throw new InvalidOperationException("The episode ended: call Reset first.");
        steps += 1;
        observation[0] = Math.Min(1, steps / (float)EpisodeLength);
        observation[1] = fault == EnvironmentFault.OutOfBounds && steps == 3 ? 2 : action[0];
        var last = fault != EnvironmentFault.NeverEnds && steps == EpisodeLength;
        running = !last;
        return new TimeStep(Observation.FromFloats(observation), (float)random.NextDouble(), false, last, last);
    }

    public void Dispose()
    {
    }
}
