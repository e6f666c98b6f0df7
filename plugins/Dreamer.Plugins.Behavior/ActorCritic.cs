using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using Dreamer.Modules.Optimization;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// DreamerV2's behavior learner (dreamerv2.md §5): imagine H steps with the prior from all N start states, compute
/// λ-returns with a slow target critic, then step the actor (objective from an <see cref="IActorGradient"/> plus
/// an entropy bonus) and the critic with separate §6 optimizers, then maybe copy the critic into the target.
/// </summary>
[Component("behavior.actor-critic", Summary = "DreamerV2 actor-critic in imagination: lambda-returns, slow target critic, pluggable actor gradient.")]
public sealed class ActorCritic : nn.Module, IBehaviorLearner
{
    private readonly Actor actor;
    private readonly Mlp critic;
    private readonly SlowTargetCritic target;
    private readonly DreamerOptimizer actorOptimizer;
    private readonly DreamerOptimizer criticOptimizer;
    private readonly IActorGradient actorGradient;

    public ActorCritic(ActorCriticOptions options, FeatureSize features, ActionShape actions, IActorGradient actorGradient)
        : base("behavior")
    {
        Options = options;
        this.actorGradient = actorGradient;
        actor = new Actor(features, actions, options.Actor);
        critic = new Mlp("critic", features.Size, options.Critic.Layers, options.Critic.Units, 1);
        target = new SlowTargetCritic(features.Size, options.Critic);
        RegisterComponents();
        actorOptimizer = new DreamerOptimizer(actor, options.ActorOptimizer);
        criticOptimizer = new DreamerOptimizer(critic, options.CriticOptimizer);
        Optimizers = [new NamedOptimizer("actor", actorOptimizer), new NamedOptimizer("critic", criticOptimizer)];
    }

    public ActorCriticOptions Options { get; }

    /// <summary>The policy network.</summary>
    public Actor Actor => actor;

    /// <summary>The online critic v: features <c>[..., F]</c> → <c>[..., 1]</c>.</summary>
    public Mlp Critic => critic;

    /// <summary>The slow target critic v'.</summary>
    public SlowTargetCritic TargetCritic => target;

    public IReadOnlyList<NamedOptimizer> Optimizers { get; }

    public long Updates { get; set; }

    public Tensor Act(Tensor features, bool sample)
    {
        using var noGrad = no_grad();
        var action = sample ? actor.Sample(features) : actor.Distribution(features).Mode();      // [B, A]
        return ActionNoise.Apply(action, sample ? Options.ExplorationNoise : Options.EvalNoise, Actor.Discrete);
    }

    public BehaviorMetrics Train(IImagination world, ImaginationStart start, long step)
    {
        using var scope = NewDisposeScope();
        var losses = Losses(world, start, step);
        actorOptimizer.Minimize(losses.ActorLoss);
        criticOptimizer.Minimize(losses.CriticLoss);
        target.Update(critic, Updates, Options.SlowTargetEvery, Options.SlowTargetFraction);
        Updates += 1;

        var metrics = losses.Metrics;
        scope.MoveToOuter(metrics.ActorLoss, metrics.CriticLoss, metrics.ActorEntropy, metrics.CriticValue,
            metrics.LambdaReturn, metrics.ImaginedReward);
        return metrics;
    }

    /// <summary>Imagines from <paramref name="start"/> and forms both losses (§5.1–§5.5) without stepping anything.</summary>
    internal BehaviorLosses Losses(IImagination world, ImaginationStart start, long step)
    {
        // Without a loss that differentiates the λ-return, nothing back-propagates into the trajectory: no graph for it.
        Trajectory trajectory;
        Tensor features, reward, discount, weights, targetValue, lambdaReturn;
        using (actorGradient.DifferentiatesReturn ? null : no_grad())
        {
            trajectory = world.Imagine(start.State.Detach(), state => actor.Sample(state.detach()), Options.Horizon);
            features = trajectory.Features;                                                  // [H+1, N, F]
            reward = world.Reward(features);                                                 // [H+1, N]
            discount = ImaginedDiscount.Discounts(world, features, start.IsTerminal);        // [H+1, N]
            weights = ImaginedDiscount.Weights(discount);                                    // [H+1, N]
            targetValue = target.Value(features);                                            // [H+1, N]
            lambdaReturn = LambdaReturn.Compute(reward, targetValue, discount, Options.Lambda); // [H, N]
        }

        var policy = actor.Distribution(features[..^2].detach());                            // π_t, t = 0..H−2
        var drawnActions = trajectory.Actions[1..^1];                                        // [H−1, N, A] = a_{t+1}
        var logProbability = policy.LogProbability(drawnActions.detach());                   // [H−1, N] = ln π_t(sg(a_{t+1}))
        var throughAction = drawnActions.requires_grad
            ? policy.LogProbability(drawnActions)                                            // [H−1, N] = ln π_t(a_{t+1})
            : logProbability;
        var entropy = policy.Entropy();                                                      // [H−1, N]
        var terms = ActorLoss.Terms(logProbability, lambdaReturn, targetValue, throughAction);
        var objective = actorGradient.Objective(terms, step);                                 // [H−1, N]
        var actorLoss = ActorLoss.Compute(objective, entropy, weights[..^2], Options.ActorEntropy.Value(step));

        var value = critic.forward(features[..^1].detach()).squeeze(-1);                    // [H, N]
        var criticLoss = CriticLoss.Compute(value, lambdaReturn, weights[..^1]);

        var metrics = new BehaviorMetrics(
            actorLoss.detach(),
            criticLoss.detach(),
            entropy.detach().mean(),
            value.detach().mean(),
            lambdaReturn.detach().mean(),
            reward.detach().mean());
        return new BehaviorLosses(actorLoss, criticLoss, metrics);
    }
}
