using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Rollout;

namespace Dreamer.Environments.Conformance;

/// <summary>
/// One run of an environment over seeded random actions: a reset, then a fixed number of steps with a reset after every
/// last step. Every returned step is recorded and checked against the observation space and the flags and rewards of
/// dreamerv2.md §0 and §7. An exception from <see cref="IEnvironment.Reset"/> or <see cref="IEnvironment.Step"/> ends
/// the run as a problem.
/// </summary>
internal sealed class CheckedRun
{
    private readonly BoxSpace space;
    private readonly FailureLog failures = new();
    private readonly List<RecordedStep> recorded = [];

    private CheckedRun(BoxSpace space) => this.space = space;

    /// <summary>The problems found, the first of each kind.</summary>
    public IReadOnlyList<string> Failures => failures.Lines;

    /// <summary>Every step returned, resets included, in order.</summary>
    public IReadOnlyList<RecordedStep> Recorded => recorded;

    /// <summary>The <see cref="IEnvironment.Step"/> calls made.</summary>
    public int Steps { get; private set; }

    /// <summary>The episodes that ended.</summary>
    public int Episodes { get; private set; }

    /// <summary>Plays <paramref name="steps"/> steps of <paramref name="environment"/>, whose observation space is <paramref name="space"/>.</summary>
    public static CheckedRun Play(IEnvironment environment, BoxSpace space, int actionSeed, int steps)
    {
        var run = new CheckedRun(space);
        var policy = new RandomPolicy(environment.ActionSpace, actionSeed);
        var call = nameof(IEnvironment.Reset);
        try
        {
            run.Reset(environment);
            while (run.Steps < steps)
            {
                call = nameof(IEnvironment.Step);
                var step = environment.Step(policy.Next());
                run.Steps += 1;
                run.Check(step);
                if (step.IsLast)
                {
                    run.Episodes += 1;
                    call = nameof(IEnvironment.Reset);
                    run.Reset(environment);
                }
            }
        }
        catch (Exception exception)
        {
            run.failures.Add("exception", $"{call} threw {exception.GetType().Name} at step {run.recorded.Count}: {OneLine(exception.Message)}");
        }
        return run;
    }

    /// <summary>The index of the first step where <paramref name="other"/> differs from this run; null when none does.</summary>
    public int? FirstDifference(CheckedRun other)
    {
        var common = Math.Min(recorded.Count, other.recorded.Count);
        for (var index = 0; index < common; index++)
        {
            if (!recorded[index].Equals(other.recorded[index])) return index;
        }
        return recorded.Count == other.recorded.Count ? null : common;
    }

    /// <summary>Step <paramref name="index"/> in words, or "no step" past the end of the run.</summary>
    public string Describe(int index) => index < recorded.Count ? recorded[index].ToString() : "no step";

    private void Reset(IEnvironment environment)
    {
        var step = environment.Reset();
        var index = recorded.Count;
        Record(step);
        if (!step.IsFirst) failures.Add("reset-first", $"Reset returned a step without IsFirst (step {index})");
        if (step.IsLast) failures.Add("reset-last", $"Reset returned a step with IsLast set (step {index})");
        if (step.Reward != 0) failures.Add("reset-reward", $"Reset returned reward {step.Reward}, expected 0 (step {index})");
    }

    private void Check(TimeStep step)
    {
        var index = recorded.Count;
        Record(step);
        if (step.IsFirst) failures.Add("first", $"step {index} has IsFirst set, which only Reset may set");
    }

    private void Record(TimeStep step)
    {
        var index = recorded.Count;
        if (!float.IsFinite(step.Reward)) failures.Add("reward", $"step {index} has reward {step.Reward}");
        if (step.IsTerminal && !step.IsLast) failures.Add("terminal", $"step {index} is terminal but not last");
        CheckObservation(step.Observation, index);
        recorded.Add(RecordedStep.Of(step));
    }

    private void CheckObservation(Observation observation, int index)
    {
        if (ObservationCheck.Problem(space, observation, index) is { } problem) failures.Add(problem.Kind, problem.Message);
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
