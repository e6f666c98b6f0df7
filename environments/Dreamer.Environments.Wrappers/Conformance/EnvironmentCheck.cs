using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Rollout;

namespace Dreamer.Environments.Conformance;

/// <summary>
/// A conformance run of an environment against its contract (<see cref="IEnvironment"/>, dreamerv2.md §0 and §7):
/// reset and step over seeded random actions from the action space; every observation matches the observation space's
/// element type, size and bounds; rewards are finite and 0 on reset; <see cref="TimeStep.IsFirst"/> marks exactly the
/// reset steps; terminal steps are last; episodes end; <see cref="IEnvironment.Step"/> after a last step throws
/// <see cref="InvalidOperationException"/>; two runs with the same seed and actions give the same trajectory, and one
/// with another seed a different one (a warning only: a deterministic environment may ignore its seed).
/// </summary>
public static class EnvironmentCheck
{
    /// <summary>What a run checks, in words, for a summary line.</summary>
    public const string Checks =
        "observation element type, size and bounds; finite rewards, 0 on reset; IsFirst on reset only; terminal steps last; " +
        "episodes end; Step after the end throws; the same seed repeats the trajectory";

    /// <summary>
    /// Runs <paramref name="steps"/> random steps on environments made by <paramref name="create"/>: twice with
    /// <paramref name="seed"/>, once more up to the first end of an episode and one step past it, and once with the
    /// next seed and the same actions. The failures come in that order, those of each step of the first run first. Collects every problem rather than stopping at the first; exceptions from
    /// <paramref name="create"/> propagate, those of the environment's own calls are problems.
    /// </summary>
    public static EnvironmentCheckResult Run(Func<EnvironmentContext, IEnvironment> create, int steps, int seed)
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        CheckedRun first;
        Space observationSpace;
        Space actionSpace;
        using (var environment = create(new EnvironmentContext(seed)))
        {
            observationSpace = environment.ObservationSpace;
            actionSpace = environment.ActionSpace;
            var spaceProblems = SpaceProblems(observationSpace, actionSpace);
            if (spaceProblems.Count > 0) return new EnvironmentCheckResult(observationSpace, actionSpace, 0, 0, spaceProblems, []);
            first = CheckedRun.Play(environment, (BoxSpace)observationSpace, seed, steps);
        }
        var space = (BoxSpace)observationSpace;
        var failures = first.Failures.ToList();
        var ended = first.Episodes > 0;
        if (!ended && first.Steps == steps)
        {
            failures.Add($"no episode ended within {steps} random steps; pass more steps or end episodes with a time limit");
        }
        var repeated = Play(create, space, seed, seed, steps);
        if (first.FirstDifference(repeated) is { } index)
        {
            failures.Add($"two runs with seed {seed} and the same actions differ at step {index} ({first.Describe(index)} against {repeated.Describe(index)})");
        }
        if (ended && StepAfterTheEnd(create, seed, steps) is { } problem)
        {
            failures.Add(problem);
        }
        var warnings = new List<string>();
        var otherSeed = seed == int.MaxValue ? 0 : seed + 1;
        if (first.FirstDifference(Play(create, space, otherSeed, seed, steps)) is null)
        {
            warnings.Add($"runs with seeds {seed} and {otherSeed} and the same actions gave the same trajectory; the environment may ignore EnvironmentContext.Seed");
        }
        return new EnvironmentCheckResult(observationSpace, actionSpace, first.Steps, first.Episodes, failures, warnings);
    }

    private static List<string> SpaceProblems(Space observationSpace, Space actionSpace)
    {
        var problems = new List<string>();
        if (observationSpace is not BoxSpace { Size: > 0 } observation || !(observation.Low <= observation.High))
        {
            problems.Add($"the observation space {Text(observationSpace)} is not a non-empty BoxSpace with Low ≤ High");
        }
        var validAction = actionSpace switch
        {
            DiscreteSpace discrete => discrete.Count > 0,
            BoxSpace box => box.ElementType == ElementType.Float32 && box.Size > 0 && double.IsFinite(box.Low) && double.IsFinite(box.High) && box.Low <= box.High,
            _ => false,
        };
        if (!validAction)
        {
            problems.Add($"the action space {Text(actionSpace)} is not a non-empty DiscreteSpace or a float32 BoxSpace with finite Low ≤ High");
        }
        return problems;
    }

    private static string Text(Space? space) => space?.ToString() ?? "null";

    private static CheckedRun Play(Func<EnvironmentContext, IEnvironment> create, BoxSpace space, int seed, int actionSeed, int steps)
    {
        using var environment = create(new EnvironmentContext(seed));
        return CheckedRun.Play(environment, space, actionSeed, steps);
    }

    /// <summary>
    /// Plays to the first end of an episode and steps once more, which must throw <see cref="InvalidOperationException"/>;
    /// null when it does, or when no end is reached (the recorded run reports why).
    /// </summary>
    private static string? StepAfterTheEnd(Func<EnvironmentContext, IEnvironment> create, int seed, int steps)
    {
        using var environment = create(new EnvironmentContext(seed));
        var policy = new RandomPolicy(environment.ActionSpace, seed);
        try
        {
            var step = environment.Reset();
            for (var count = 0; count < steps && !step.IsLast; count++) step = environment.Step(policy.Next());
            if (!step.IsLast) return null;
        }
        catch (Exception)
        {
            return null;
        }
        try
        {
            environment.Step(policy.Next());
            return "Step after the last step of an episode returned a step instead of throwing InvalidOperationException";
        }
        catch (InvalidOperationException)
        {
            return null;
        }
        catch (Exception exception)
        {
            return $"Step after the last step of an episode threw {exception.GetType().Name} instead of InvalidOperationException";
        }
    }
}
