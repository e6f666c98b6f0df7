using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Tests.Testing;

/// <summary>
/// A broken environment: a float [2] observation in [0, 1] and two actions, with episodes of ten steps, except for
/// its <see cref="EnvironmentFault"/>: an observation above the bound, episodes that never end, or rewards drawn
/// from an unseeded random source.
/// </summary>
internal sealed class FaultyEnvironment(EnvironmentFault fault, EnvironmentContext context) : IEnvironment
{
    private const int EpisodeLength = 10;

    private readonly Random random = fault == EnvironmentFault.IgnoresSeed ? new Random() : new Random(context.Seed);
    private readonly float[] observation = new float[2];
    private int steps;

    public Space ObservationSpace { get; } = new BoxSpace([2], ElementType.Float32, 0, 1);

    public Space ActionSpace { get; } = new DiscreteSpace(2);

    public TimeStep Reset()
    {
        steps = 0;
        observation[0] = 0;
        observation[1] = 0;
        return new TimeStep(Observation.FromFloats(observation), 0, true, false, false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        steps += 1;
        observation[0] = Math.Min(1, steps / (float)EpisodeLength);
        observation[1] = fault == EnvironmentFault.OutOfBounds && steps == 3 ? 2 : action[0];
        var last = fault != EnvironmentFault.NeverEnds && steps == EpisodeLength;
        return new TimeStep(Observation.FromFloats(observation), (float)random.NextDouble(), false, last, last);
    }

    public void Dispose()
    {
    }
}
