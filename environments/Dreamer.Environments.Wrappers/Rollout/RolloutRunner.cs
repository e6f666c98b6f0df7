using System.Diagnostics;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Rollout;

/// <summary>Runs whole episodes of any environment with a seeded uniform random policy and summarizes them.</summary>
public static class RolloutRunner
{
    /// <summary>
    /// Plays <paramref name="episodes"/> episodes; <paramref name="progress"/> receives the number of finished
    /// episodes after each one. The environment must end its episodes (use a step cap for endless games).
    /// </summary>
    public static RolloutSummary Run(IEnvironment env, int episodes, int seed, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentOutOfRangeException.ThrowIfNegative(episodes);
        var policy = new RandomPolicy(env.ActionSpace, seed);
        var returns = new double[episodes];
        var lengths = new int[episodes];
        var clock = Stopwatch.StartNew();
        for (var episode = 0; episode < episodes; episode++)
        {
            env.Reset();
            var total = 0.0;
            var length = 0;
            TimeStep step;
            do
            {
                step = env.Step(policy.Next());
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
}
