using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Schedules;
using Dreamer.Modules.Optimization;

namespace Dreamer.Plugins.Behavior;

/// <summary>Options of <see cref="ActorCritic"/> with the Atari defaults of dreamerv2.md §8 (behavior rows).</summary>
public sealed record ActorCriticOptions : IComponentOptions
{
    [Description("Imagination horizon H (imag_horizon)."), Range(2, 1000)]
    public int Horizon { get; init; } = 15;

    [Description("λ of the λ-return (discount_lambda), §5.3."), Range(0.0, 1.0)]
    public double Lambda { get; init; } = 0.95;

    [Description("Actor network.")]
    public ActorNetworkOptions Actor { get; init; } = new();

    [Description("Critic network (the slow target critic has the same shape).")]
    public CriticNetworkOptions Critic { get; init; } = new();

    [Description("Entropy bonus scale η (actor_ent): a number or linear(start, end, steps), §5.5.")]
    public Schedule ActorEntropy { get; init; } = Schedule.Constant(1e-3);

    [Description("Optimizer of the actor (actor_opt), §6.")]
    public OptimizerOptions ActorOptimizer { get; init; } = new() { Lr = 4e-5, Eps = 1e-5, Clip = 100, Wd = 1e-6 };

    [Description("Optimizer of the critic (critic_opt), §6.")]
    public OptimizerOptions CriticOptimizer { get; init; } = new() { Lr = 1e-4, Eps = 1e-5, Clip = 100, Wd = 1e-6 };

    [Description("Exploration noise while training (expl_noise), §5.7: ε-uniform mixing for discrete actions, N(0, ε²) for continuous ones."), Range(0.0, 1.0)]
    public double ExplorationNoise { get; init; }

    [Description("The same noise for evaluation episodes (eval_noise), §5.7."), Range(0.0, 1.0)]
    public double EvalNoise { get; init; }

    [Description("Updates between copies of the critic into the slow target critic (slow_target_update), §5.6."), Range(1, 1_000_000)]
    public int SlowTargetEvery { get; init; } = 100;

    [Description("Fraction of the critic mixed into the slow target at each copy (slow_target_fraction; 1 = hard copy), §5.6."), Range(0.0, 1.0)]
    public double SlowTargetFraction { get; init; } = 1.0;
}
