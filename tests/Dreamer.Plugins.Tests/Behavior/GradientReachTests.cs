using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>
/// Where the behavior losses send gradients (dreamerv2.md §5.4–§5.6): the critic loss only to the critic; the
/// REINFORCE actor loss only to the actor; the dynamics actor loss through the world model into the actor, while
/// only the actor's and critic's optimizers step.
/// </summary>
public sealed class GradientReachTests
{
    [Fact]
    public void CriticLossReachesOnlyTheCritic()
    {
        using var scope = NewDisposeScope();
        var (learner, world) = Build(new DynamicsGradient(new NoOptions()));
        var losses = learner.Losses(world, TinyBehavior.Start(), step: 0);
        losses.CriticLoss.backward();
        Assert.True(HasGradient(learner.Critic));
        Assert.False(HasGradient(learner.Actor));
        Assert.False(HasGradient(world));
        Assert.False(HasGradient(learner.TargetCritic));
    }

    [Fact]
    public void ReinforceActorLossReachesOnlyTheActor()
    {
        using var scope = NewDisposeScope();
        var (learner, world) = Build(new ReinforceGradient(new NoOptions()));
        var losses = learner.Losses(world, TinyBehavior.Start(), step: 0);
        losses.ActorLoss.backward();
        Assert.True(HasGradient(learner.Actor));
        Assert.False(HasGradient(learner.Critic));
        Assert.False(HasGradient(world));
        Assert.False(HasGradient(learner.TargetCritic));
    }

    [Theory]
    [InlineData("reinforce", false)]
    [InlineData("dynamics", true)]
    [InlineData("mixed", true)]
    public void OnlyAGradientThroughTheReturnImaginesWithAGraph(string kind, bool graph)
    {
        using var scope = NewDisposeScope();
        IActorGradient gradient = kind switch
        {
            "reinforce" => new ReinforceGradient(new NoOptions()),
            "dynamics" => new DynamicsGradient(new NoOptions()),
            _ => new MixedGradient(new MixedGradientOptions()),
        };
        var (learner, world) = Build(gradient);
        var recorder = new RecordingImagination(world);
        var losses = learner.Losses(recorder, TinyBehavior.Start(), step: 0);
        Assert.Equal(graph, gradient.DifferentiatesReturn);
        Assert.Equal(graph, recorder.Features!.requires_grad);
        losses.ActorLoss.backward();
        Assert.True(HasGradient(learner.Actor));
    }

    [Fact]
    public void DynamicsActorLossFlowsThroughTheWorldModelIntoTheActor()
    {
        using var scope = NewDisposeScope();
        var (learner, world) = Build(new DynamicsGradient(new NoOptions()));
        var losses = learner.Losses(world, TinyBehavior.Start(), step: 0);
        losses.ActorLoss.backward();
        Assert.True(HasGradient(learner.Actor));
        Assert.True(HasGradient(world));
        Assert.False(HasGradient(learner.Critic));
        Assert.False(HasGradient(learner.TargetCritic));
    }

    [Fact]
    public void DynamicsGradientReachesTheActorOnlyThroughTheRollout()
    {
        using var scope = NewDisposeScope();
        var world = new LinearWorld(3, discountHead: true);
        var learner = TinyBehavior.Learner(3, true, new DynamicsGradient(new NoOptions()), TinyBehavior.Options(entropyScale: 0));
        learner.Losses(new DetachedImagination(world), TinyBehavior.Start(), step: 0).ActorLoss.backward();
        Assert.False(HasGradient(learner.Actor));
        learner.Losses(world, TinyBehavior.Start(), step: 0).ActorLoss.backward();
        Assert.True(HasGradient(learner.Actor));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void UpdateStepsActorAndCriticButNeitherWorldNorTarget(bool discrete)
    {
        using var scope = NewDisposeScope();
        var (learner, world) = Build(new DynamicsGradient(new NoOptions()), discrete);
        learner.Updates = 5;
        var worldBefore = TinyBehavior.Flat(world.parameters());
        var targetBefore = TinyBehavior.Flat(learner.TargetCritic.parameters());
        var actorBefore = TinyBehavior.Flat(learner.Actor.parameters());
        var criticBefore = TinyBehavior.Flat(learner.Critic.parameters());

        var metrics = learner.Train(world, TinyBehavior.Start(0, 1, 0), step: 10);

        Assert.True(HasGradient(world), "the dynamics gradient went through the world model");
        Assert.Equal(worldBefore, TinyBehavior.Flat(world.parameters()));
        Assert.Equal(targetBefore, TinyBehavior.Flat(learner.TargetCritic.parameters()));
        Assert.NotEqual(actorBefore, TinyBehavior.Flat(learner.Actor.parameters()));
        Assert.NotEqual(criticBefore, TinyBehavior.Flat(learner.Critic.parameters()));
        Assert.Equal(6, learner.Updates);
        Assert.Equal(1, learner.Optimizers.Single(o => o.Name == "actor").Optimizer.Steps);
        Assert.Equal(1, learner.Optimizers.Single(o => o.Name == "critic").Optimizer.Steps);
        Assert.False(metrics.ActorLoss.requires_grad);
        Assert.True(float.IsFinite(metrics.CriticLoss.item<float>()));
    }

    [Fact]
    public void ActingSamplesWhileTrainingAndTakesTheModeInEvaluation()
    {
        using var scope = NewDisposeScope();
        var (learner, _) = Build(new ReinforceGradient(new NoOptions()));
        var features = randn(64, LinearWorld.Stoch + LinearWorld.Deter);                               // [B, F]
        var greedy = learner.Act(features, sample: false);                                             // [B, A]
        var logits = learner.Actor.Distribution(features) is OneHotActionDistribution policy ? policy.Logits : throw new InvalidOperationException();
        Assert.True(greedy.argmax(-1).eq(logits.argmax(-1)).all().item<bool>());
        Assert.Equal(learner.Act(features, sample: false).data<float>().ToArray(), greedy.data<float>().ToArray());
        var samples = learner.Act(features, sample: true);
        Assert.Equal([64, 3], samples.shape);
        Assert.True(samples.sum(-1).allclose(ones(64)));
        Assert.False(samples.requires_grad);
    }

    private static (ActorCritic Learner, LinearWorld World) Build(IActorGradient gradient, bool discrete = true)
    {
        var actions = discrete ? 3 : 2;
        var learner = TinyBehavior.Learner(actions, discrete, gradient);
        var world = new LinearWorld(actions, discountHead: discrete);
        return (learner, world);
    }

    private static bool HasGradient(nn.Module module) =>
        module.parameters().Any(p => p.grad is not null && p.grad.abs().max().item<float>() > 0);

    /// <summary>Wraps a world and keeps the features of the last rollout.</summary>
    private sealed class RecordingImagination(IImagination inner) : IImagination
    {
        public Tensor? Features { get; private set; }

        public int FeatureSize => inner.FeatureSize;

        public double Discount => inner.Discount;

        public Dreamer.Abstractions.Model.Trajectory Imagine(Dreamer.Abstractions.Model.LatentState start, Func<Tensor, Tensor> policy, int horizon)
        {
            var trajectory = inner.Imagine(start, policy, horizon);
            Features = trajectory.Features;
            return trajectory;
        }

        public Tensor Reward(Tensor features) => inner.Reward(features);

        public Tensor? ContinueProbability(Tensor features) => inner.ContinueProbability(features);
    }

    /// <summary>Wraps a world and cuts the gradient path through its rollout.</summary>
    private sealed class DetachedImagination(IImagination inner) : IImagination
    {
        public int FeatureSize => inner.FeatureSize;

        public double Discount => inner.Discount;

        public Dreamer.Abstractions.Model.Trajectory Imagine(Dreamer.Abstractions.Model.LatentState start, Func<Tensor, Tensor> policy, int horizon)
        {
            var trajectory = inner.Imagine(start, policy, horizon);
            return new Dreamer.Abstractions.Model.Trajectory(trajectory.Features.detach(), trajectory.Actions.detach());
        }

        public Tensor Reward(Tensor features) => inner.Reward(features);

        public Tensor? ContinueProbability(Tensor features) => inner.ContinueProbability(features);
    }
}
