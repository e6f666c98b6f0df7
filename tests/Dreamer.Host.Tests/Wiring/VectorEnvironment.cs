using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// A point on a line observed as a float32 vector <c>[position, velocity, time]</c> (proprioception in the manner of
/// dreamerv2.md §7.2's continuous-control tasks): the three actions push it left, not at all or right; the reward is
/// 1 − |position|. Leaving [−2, 2] ends the episode (terminal); otherwise it ends after <c>length</c> steps.
/// </summary>
[Component("test.vector", Summary = "A point pushed along a line, observed as a float32 vector; for vector-observation tests.")]
public sealed class VectorEnvironment(VectorEnvironmentOptions options, EnvironmentContext context) : IEnvironment
{
    private const float Push = 0.1f;
    private const float Limit = 2f;

    private readonly Random random = new(context.Seed);
    private float position;
    private float velocity;
    private int time;

    public Space ObservationSpace { get; } = new BoxSpace([3], ElementType.Float32, -10, 10);

    public Space ActionSpace { get; } = new DiscreteSpace(3);

    public TimeStep Reset()
    {
        position = (float)(random.NextDouble() - 0.5);
        velocity = 0f;
        time = 0;
        return new TimeStep(Observe(), 0f, IsFirst: true, IsLast: false, IsTerminal: false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        velocity = 0.9f * velocity + Push * (action[0] - 1);
        position += velocity;
        time++;
        var outside = Math.Abs(position) > Limit;
        return new TimeStep(Observe(), 1f - Math.Abs(position), IsFirst: false, IsLast: outside || time >= options.Length, IsTerminal: outside);
    }

    public void Dispose()
    {
    }

    private Observation Observe() => Observation.FromFloats(new[] { position, velocity, time / (float)options.Length });
}
