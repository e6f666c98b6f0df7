using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Host.Tests.Cli;

/// <summary>
/// A uint8 [4] environment in [0, 1] with two actions and five-step episodes that end terminal; each observation holds
/// the step's parity, the action, the reward (a seeded coin) and 0. Its options name the faults it has.
/// </summary>
[Component("test.broken", Summary = "Five-step episodes that break the environment contract as the options say.")]
public sealed class BrokenEnvironment(BrokenEnvironmentOptions options, EnvironmentContext context) : IEnvironment
{
    private const int EpisodeLength = 5;
    private const int FixedSeed = 7;

    private readonly Random random = options.Unseeded ? new Random() : new Random(options.IgnoresSeed ? FixedSeed : context.Seed);
    private readonly byte[] observation = new byte[4];
    private int steps;
    private bool running;

    public Space ObservationSpace { get; } = new BoxSpace([4], ElementType.UInt8, 0, 1);

    public Space ActionSpace { get; } = new DiscreteSpace(2);

    public TimeStep Reset()
    {
        steps = 0;
        running = true;
        Array.Clear(observation);
        return new TimeStep(Observe(), options.RewardOnReset ? 1 : 0, IsFirst: !options.ResetWithoutFirst, IsLast: false, IsTerminal: false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        if (!running && !options.StepsAfterTheEnd) throw new InvalidOperationException("The episode ended: call Reset first.");
        steps += 1;
        if (options.ThrowsOnStep && steps == 3) throw new ArgumentException("the third step\nbreaks");
        var reward = random.Next(2);
        observation[0] = (byte)(steps % 2);
        observation[1] = (byte)action[0];
        observation[2] = (byte)reward;
        observation[3] = (byte)(options.OutOfBounds && steps == 3 ? 2 : 0);
        var last = !options.NeverEnds && steps >= EpisodeLength;
        running = !last;
        var terminal = last || (options.TerminalNotLast && steps == 2);
        return new TimeStep(Observe(), reward, IsFirst: options.FirstOnStep && steps == 4, last, terminal);
    }

    public void Dispose()
    {
    }

    private Observation Observe() => options.FloatObservation
        ? Observation.FromFloats(observation.Select(value => (float)value).ToArray())
        : Observation.FromBytes(options.SmallObservation ? observation.AsMemory(0, 3) : observation);
}
