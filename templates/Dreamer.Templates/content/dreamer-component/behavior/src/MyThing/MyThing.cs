using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using Dreamer.Modules.Layers;
using Dreamer.Modules.Optimization;
using static TorchSharp.torch;

namespace MyThing;

/// <summary>
/// A compact actor-critic for discrete actions (dreamerv2.md §5): a one-hot categorical actor and a critic, both
/// <see cref="Mlp"/>s; imagine H steps (§5.1), λ-returns from the imagined rewards, discounts and critic values
/// (§5.3), the actor objective of the composition's <see cref="IActorGradient"/> plus an entropy bonus (§5.5), and the
/// critic regressed on the λ-returns (§5.4), both weighted by the cumulative discount. It keeps no slow critic (§5.6).
/// </summary>
[Component("behavior.my-thing", Summary = "Compact actor-critic: categorical actor, critic on lambda-returns, no slow critic.")]
public sealed class MyThing : nn.Module, IBehaviorLearner
{
    private readonly MyThingOptions options;
    private readonly IActorGradient actorGradient;
    private readonly Mlp actor;
    private readonly Mlp critic;
    private readonly DreamerOptimizer actorOptimizer;
    private readonly DreamerOptimizer criticOptimizer;

    public MyThing(MyThingOptions options, FeatureSize features, ActionShape actions, IActorGradient actorGradient) : base("behavior")
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!actions.Discrete) throw new ArgumentException("behavior.my-thing takes discrete actions.", nameof(actions));
        this.options = options;
        this.actorGradient = actorGradient;
        actor = new Mlp("actor", features.Size, options.Layers, options.Units, actions.Size);
        critic = new Mlp("critic", features.Size, options.Layers, options.Units, 1);
        RegisterComponents();
        actorOptimizer = new DreamerOptimizer(actor, options.ActorOptimizer);
        criticOptimizer = new DreamerOptimizer(critic, options.CriticOptimizer);
    }

    /// <inheritdoc />
    public IReadOnlyList<NamedOptimizer> Optimizers => [new("actor", actorOptimizer), new("critic", criticOptimizer)];

    /// <inheritdoc />
    public long Updates { get; set; }

    /// <inheritdoc />
    public Tensor Act(Tensor features, bool sample)
    {
        var logits = actor.forward(features);                                           // [B, A]
        return (sample ? OneHotCategorical.SampleStraightThrough(logits) : OneHotCategorical.Mode(logits)).detach(); // [B, A]
    }

    /// <inheritdoc />
    public BehaviorMetrics Train(IImagination world, ImaginationStart start, long step)
    {
        var horizon = options.Horizon;
        var trajectory = world.Imagine(start.State, features => OneHotCategorical.SampleStraightThrough(actor.forward(features)), horizon);
        var features = trajectory.Features;                                             // [H+1, N, F]
        var reward = world.Reward(features);                                            // [H+1, N]
        var discount = world.ContinueProbability(features) ?? full_like(reward, world.Discount); // [H+1, N]
        var value = critic.forward(features).squeeze(-1);                               // [H+1, N]
        var returns = LambdaReturn(reward, discount, value);                            // [H, N]
        var weight = cat([ones_like(discount[..1]), discount[..(horizon - 1)]]).cumprod(0).detach(); // [H, N]

        var logits = actor.forward(features[..(horizon - 1)].detach());                 // [H−1, N, A]
        var terms = new ActorObjectiveTerms(
            OneHotCategorical.LogProbability(logits, trajectory.Actions[1..horizon].detach()),   // [H−1, N]
            (returns[1..] - value[..(horizon - 1)]).detach(),                                    // [H−1, N]
            returns[1..])                                                                        // [H−1, N]
        {
            LogProbabilityThroughAction = OneHotCategorical.LogProbability(logits, trajectory.Actions[1..horizon]),
        };
        var entropy = OneHotCategorical.Entropy(logits);                                // [H−1, N]
        var objective = actorGradient.Objective(terms, step) + options.Entropy * entropy; // [H−1, N]
        var actorLoss = -(weight[..(horizon - 1)] * objective).mean();                  // []
        actorOptimizer.Minimize(actorLoss);

        var predicted = critic.forward(features[..horizon].detach()).squeeze(-1);       // [H, N]
        var criticLoss = (0.5 * weight * (predicted - returns.detach()).square()).mean(); // []
        criticOptimizer.Minimize(criticLoss);
        Updates += 1;
        return new BehaviorMetrics(
            actorLoss.detach(), criticLoss.detach(), entropy.mean().detach(), value.mean().detach(),
            returns.mean().detach(), reward.mean().detach());
    }

    /// <summary>V_t = r_t + d_t·((1 − λ)·v_{t+1} + λ·V_{t+1}) for t = 0..H−1, with V_H = v_H (dreamerv2.md §5.3): <c>[H, N]</c>.</summary>
    private Tensor LambdaReturn(Tensor reward, Tensor discount, Tensor value)
    {
        var horizon = options.Horizon;
        var next = value[horizon];                                                      // [N]
        var returns = new Tensor[horizon];
        for (var t = horizon - 1; t >= 0; t--)
        {
            next = reward[t] + discount[t] * ((1 - options.Lambda) * value[t + 1] + options.Lambda * next); // [N]
            returns[t] = next;
        }
        return stack(returns);                                                          // [H, N]
    }
}
