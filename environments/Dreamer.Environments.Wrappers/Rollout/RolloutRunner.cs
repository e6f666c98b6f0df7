using System.Diagnostics;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Conformance;

namespace Dreamer.Environments.Rollout;

/// <summary>Runs whole episodes of any environment with a seeded uniform random policy and summarizes them.</summary>
public static class RolloutRunner
{
    /// <summary>
    /// Plays <paramref name="episodes"/> episodes; <paramref name="progress"/> receives the number of finished
    /// episodes after each one. The environment must end its episodes (use a step cap for endless games). A reset
    /// without is_first or an observation that does not fit the observation space (<see cref="ObservationCheck"/>)
    /// throws an <see cref="EnvironmentContractException"/> naming the step.
    /// </summary>
    public static RolloutSummary Run(IEnvironment env, int episodes, int seed, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentOutOfRangeException.ThrowIfNegative(episodes);
        var policy = new RandomPolicy(env.ActionSpace, seed);
        var returns = new double[episodes];
        var lengths = new int[episodes];
        var space = env.ObservationSpace as BoxSpace;
        var index = 0;
        var clock = Stopwatch.StartNew();
        for (var episode = 0; episode < episodes; episode++)
        {
            var reset = env.Reset();
            if (!reset.IsFirst) throw new EnvironmentContractException($"Reset returned a step without IsFirst (step {index})");
            Check(space, reset, index++);
            var total = 0.0;
            var length = 0;
            TimeStep step;
            do
            {
                step = env.Step(policy.Next());
                Check(space, step, index++);
                total += step.Reward;
                length++;
            }
            while (!step.IsLast);

            returns[episode] = total;
            lengths[episode] = length;
            progress?.Invoke(episode + 1);
        }

        return new RolloutSummary(returns, lengths, clock.Elapsed);
    }

    private static void Check(BoxSpace? space, TimeStep step, int index)
    {
        if (space is not null && ObservationCheck.Problem(space, step.Observation, index) is { } problem)
            throw new EnvironmentContractException(problem.Message);
    }
}
