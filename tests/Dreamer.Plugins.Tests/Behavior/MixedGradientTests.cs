using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Schedules;
using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>
/// <c>actor_grad: both</c> (dreamerv2.md §5.5): the REINFORCE term ln π_t(a_{t+1})·adv_t keeps the gradient of the
/// straight-through / reparameterized action, unlike pure REINFORCE's ln π_t(sg(a_{t+1})).
/// </summary>
public sealed class MixedGradientTests
{
    private const double Mix = 0.1;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ActorGradientMatchesTheHandBuiltObjectiveWithTheActionsGradientKept(bool discrete)
    {
        using var scope = NewDisposeScope();
        var actions = discrete ? 3 : 2;
        var learner = TinyBehavior.Learner(actions, discrete, new MixedGradient(new MixedGradientOptions { Mix = Schedule.Constant(Mix) }),
            TinyBehavior.Options(entropyScale: 0));
        var world = new LinearWorld(actions, discountHead: discrete);
        DeterministicFill.Fill(TinyBehavior.Ordered(learner.Actor, "network."), 1.0);
        DeterministicFill.Fill(TinyBehavior.Ordered(learner.TargetCritic, "network."), 3.0);
        DeterministicFill.Fill(world.Ordered(), 4.0);
        var start = TinyBehavior.Start(0, 1, 0);
        var calls = 0;
        learner.Actor.DrawUniform = (shape, _) => DeterministicFill.Noise(calls++, shape);

        var mixedLoss = learner.Losses(world, start, step: 0).ActorLoss;
        var mixed = Gradient(learner, mixedLoss);
        calls = 0;
        var keptLoss = HandBuiltLoss(learner, world, start, stopActionGradient: false);
        var kept = Gradient(learner, keptLoss);
        calls = 0;
        var stopped = Gradient(learner, HandBuiltLoss(learner, world, start, stopActionGradient: true));

        Assert.Equal(keptLoss.item<float>(), mixedLoss.item<float>(), 6);
        var throughTheAction = kept.Zip(stopped, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(throughTheAction > 1e-4, $"the action's gradient adds only {throughTheAction} to the actor's gradient");
        var difference = kept.Zip(mixed, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(difference < 1e-6, $"mixed actor gradient differs from the hand-built one by {difference} (through-the-action term {throughTheAction})");
    }

    /// <summary>−mean_t[w_t·(mix·V_{t+1} + (1 − mix)·ln π_t(a_{t+1})·adv_t)], written out from §5.1–§5.5.</summary>
    private static Tensor HandBuiltLoss(ActorCritic learner, IImagination world, ImaginationStart start, bool stopActionGradient)
    {
        var trajectory = world.Imagine(start.State.Detach(), state => learner.Actor.Sample(state.detach()), TinyBehavior.Horizon);
        var features = trajectory.Features;                                                         // [H+1, N, F]
        var discount = ImaginedDiscount.Discounts(world, features, start.IsTerminal);               // [H+1, N]
        var weights = ImaginedDiscount.Weights(discount);                                           // [H+1, N]
        var targetValue = learner.TargetCritic.Value(features);                                     // [H+1, N]
        var lambdaReturn = LambdaReturn.Compute(world.Reward(features), targetValue, discount, 0.95); // [H, N]
        var policy = learner.Actor.Distribution(features[..^2].detach());                            // π_t, t = 0..H−2
        var drawn = trajectory.Actions[1..^1];                                                      // [H−1, N, A]
        var logProbability = policy.LogProbability(stopActionGradient ? drawn.detach() : drawn);    // [H−1, N]
        var advantage = (lambdaReturn[1..] - targetValue[..^2]).detach();                           // [H−1, N]
        var objective = lambdaReturn[1..] * Mix + logProbability * advantage * (1 - Mix);           // [H−1, N]
        return -(weights[..^2] * objective).mean();
    }

    private static double[] Gradient(ActorCritic learner, Tensor loss)
    {
        learner.Actor.zero_grad();
        loss.backward();
        return TinyBehavior.Gradients(TinyBehavior.Ordered(learner.Actor, "network."));
    }
}
