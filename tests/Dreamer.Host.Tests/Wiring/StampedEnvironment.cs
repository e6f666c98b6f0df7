using System.Collections.Concurrent;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// A 1×64×64 image environment whose every pixel is its stamp 20·(index + 1), so a stored episode tells which
/// environment played it; episodes of environment i last <c>length + i</c> steps. Every construction and step is
/// recorded in <see cref="Calls"/> (tests that use it run alone).
/// </summary>
[Component("test.stamped", Summary = "Constant images stamped with the environment index; fixed episode lengths.")]
public sealed class StampedEnvironment(StampedEnvironmentOptions options, EnvironmentContext context) : IEnvironment
{
    private readonly byte[] image = Enumerable.Repeat(Stamp(context.Index), 64 * 64).ToArray();
    private int time;

    /// <summary>(index, seed, "reset" or "step") in call order.</summary>
    public static ConcurrentQueue<(int Index, int Seed, string Call)> Calls { get; } = new();

    public static byte Stamp(int index) => (byte)(20 * (index + 1));

    public Space ObservationSpace { get; } = new BoxSpace([1, 64, 64], ElementType.UInt8, 0, 255);

    public Space ActionSpace { get; } = new DiscreteSpace(3);

    public TimeStep Reset()
    {
        Calls.Enqueue((context.Index, context.Seed, "reset"));
        time = 0;
        return new TimeStep(Observation.FromBytes(image), 0f, IsFirst: true, IsLast: false, IsTerminal: false);
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        Calls.Enqueue((context.Index, context.Seed, "step"));
        time++;
        var last = time >= options.Length + context.Index;
        return new TimeStep(Observation.FromBytes(image), action[0], IsFirst: false, IsLast: last, IsTerminal: last);
    }

    public void Dispose()
    {
    }
}
