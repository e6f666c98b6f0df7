using Dreamer.Abstractions.Environments;
using Dreamer.Training.Contracts;

namespace Dreamer.Testing;

/// <summary>
/// A conformance run of an environment against its contract (dreamerv2.md §7, §0): reset and step over random actions
/// drawn from the action space; every observation matches the observation space's shape, element type and bounds;
/// rewards are finite and 0 on reset; <c>IsFirst</c> marks exactly the reset steps; terminal steps are last; episodes
/// end and reset; and two runs with the same seed and actions give the same trajectory.
/// </summary>
public static class EnvironmentConformance
{
    /// <summary>
    /// Runs <paramref name="steps"/> random steps twice on environments made by <paramref name="create"/> with
    /// <paramref name="seed"/>; throws <see cref="ComponentCheckException"/> on the first thing that is wrong.
    /// </summary>
    public static void Run(Func<EnvironmentContext, IEnvironment> create, int steps = 300, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        var first = Record(create, steps, seed);
        var second = Record(create, steps, seed);
        for (var index = 0; index < first.Count; index++)
        {
            if (!first[index].Equals(second[index]))
            {
                throw new ComponentCheckException(
                    $"Environment {first[index].Name}: two runs with seed {seed} and the same actions differ at step {index} ({first[index]} against {second[index]}).");
            }
        }
    }

    private static List<RecordedStep> Record(Func<EnvironmentContext, IEnvironment> create, int steps, int seed)
    {
        using var environment = create(new EnvironmentContext(seed));
        var name = ShapeCheck.Name(environment);
        var observationSpace = environment.ObservationSpace as BoxSpace
            ?? throw new ComponentCheckException($"Environment {name} has observation space {environment.ObservationSpace}, expected a BoxSpace.");
        var actions = new RandomActions(name, environment.ActionSpace, seed);
        var recorded = new List<RecordedStep>();
        var episodes = 0;
        var step = Reset(environment, name, observationSpace, recorded);
        for (var index = 0; index < steps; index++)
        {
            step = environment.Step(actions.Next());
            var recordedStep = Check(name, observationSpace, step, recorded.Count);
            if (step.IsFirst) throw Fail(name, $"step {recorded.Count} has IsFirst set, which only Reset may set");
            recorded.Add(recordedStep);
            if (step.IsLast)
            {
                episodes += 1;
                step = Reset(environment, name, observationSpace, recorded);
            }
        }
        if (episodes == 0)
        {
            throw Fail(name, $"no episode ended within {steps} random steps; pass more steps or end episodes with a time limit");
        }
        return recorded;
    }

    private static TimeStep Reset(IEnvironment environment, string name, BoxSpace space, List<RecordedStep> recorded)
    {
        var step = environment.Reset();
        var recordedStep = Check(name, space, step, recorded.Count);
        if (!step.IsFirst) throw Fail(name, $"Reset returned a step without IsFirst (step {recorded.Count})");
        if (step.IsLast) throw Fail(name, $"Reset returned a step with IsLast set (step {recorded.Count})");
        if (step.Reward != 0) throw Fail(name, $"Reset returned reward {step.Reward}, expected 0 (step {recorded.Count})");
        recorded.Add(recordedStep);
        return step;
    }

    private static RecordedStep Check(string name, BoxSpace space, TimeStep step, int index)
    {
        if (!float.IsFinite(step.Reward)) throw Fail(name, $"step {index} has reward {step.Reward}");
        if (step.IsTerminal && !step.IsLast) throw Fail(name, $"step {index} is terminal but not last");
        var values = ObservationValues(name, space, step.Observation, index);
        var outside = Array.FindIndex(values, value => !double.IsFinite(value) || value < space.Low || value > space.High);
        if (outside >= 0)
        {
            throw Fail(name, $"step {index}'s observation holds {values[outside]} at element {outside}, outside {space}");
        }
        return new RecordedStep(name, values, step.Reward, step.IsFirst, step.IsLast, step.IsTerminal);
    }

    private static double[] ObservationValues(string name, BoxSpace space, Observation observation, int index)
    {
        var (expected, other) = space.ElementType == ElementType.UInt8
            ? (observation.Bytes.Length, observation.Floats.Length)
            : (observation.Floats.Length, observation.Bytes.Length);
        if (expected != space.Size || other != 0)
        {
            throw Fail(name, $"step {index}'s observation has {observation.Bytes.Length} bytes and {observation.Floats.Length} floats, expected {space.Size} {space.ElementType} values for {space}");
        }
        return space.ElementType == ElementType.UInt8
            ? observation.Bytes.ToArray().Select(value => (double)value).ToArray()
            : observation.Floats.ToArray().Select(value => (double)value).ToArray();
    }

    private static ComponentCheckException Fail(string name, string problem) => new($"Environment {name}: {problem}.");
}
