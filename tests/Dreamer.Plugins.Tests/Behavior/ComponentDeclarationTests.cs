using System.Reflection;
using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Behavior;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>The behavior components as the host's catalog sees them: keys, one public constructor, options defaults (dreamerv2.md §8).</summary>
public sealed class ComponentDeclarationTests
{
    [Theory]
    [InlineData(typeof(ActorCritic), "behavior.actor-critic", typeof(IBehaviorLearner), typeof(ActorCriticOptions))]
    [InlineData(typeof(ReinforceGradient), "actor-gradient.reinforce", typeof(IActorGradient), typeof(NoOptions))]
    [InlineData(typeof(DynamicsGradient), "actor-gradient.dynamics", typeof(IActorGradient), typeof(NoOptions))]
    [InlineData(typeof(MixedGradient), "actor-gradient.mixed", typeof(IActorGradient), typeof(MixedGradientOptions))]
    public void ComponentIsDeclared(Type component, string key, Type contract, Type options)
    {
        var attribute = component.GetCustomAttribute<ComponentAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal(key, attribute.Key);
        Assert.False(string.IsNullOrWhiteSpace(attribute.Summary));
        Assert.True(component.IsSealed && component.IsPublic);
        Assert.True(contract.IsAssignableFrom(component));
        var constructor = Assert.Single(component.GetConstructors());
        Assert.Equal(options, constructor.GetParameters()[0].ParameterType);
    }

    [Fact]
    public void ActorCriticTakesOptionsShapesAndAnActorGradient()
    {
        var parameters = Assert.Single(typeof(ActorCritic).GetConstructors()).GetParameters().Select(p => p.ParameterType);
        Assert.Equal([typeof(ActorCriticOptions), typeof(FeatureSize), typeof(ActionShape), typeof(IActorGradient)], parameters);
    }

    [Fact]
    public void DefaultsAreTheAtariPreset()
    {
        var options = new ActorCriticOptions();
        Assert.Equal(15, options.Horizon);
        Assert.Equal(0.95, options.Lambda);
        Assert.Equal((4, 400, 0.1), (options.Actor.Layers, options.Actor.Units, options.Actor.MinStd));
        Assert.Equal((4, 400), (options.Critic.Layers, options.Critic.Units));
        Assert.Equal(1e-3, options.ActorEntropy.Value(0));
        Assert.Equal((4e-5, 1e-5, 100.0, 1e-6), (options.ActorOptimizer.Lr, options.ActorOptimizer.Eps, options.ActorOptimizer.Clip, options.ActorOptimizer.Wd));
        Assert.Equal((1e-4, 1e-5, 100.0, 1e-6), (options.CriticOptimizer.Lr, options.CriticOptimizer.Eps, options.CriticOptimizer.Clip, options.CriticOptimizer.Wd));
        Assert.Equal((100, 1.0), (options.SlowTargetEvery, options.SlowTargetFraction));
    }

    [Fact]
    public void AtariSizedNetworksHaveThePaperParameterCounts()
    {
        using var learner = new ActorCritic(new ActorCriticOptions(), new FeatureSize(1624), new ActionShape(18, Discrete: true),
            new ReinforceGradient(new NoOptions()));
        Assert.Equal(1_138_418, learner.Actor.parameters().Sum(p => p.numel()));
        Assert.Equal(1_131_601, learner.Critic.parameters().Sum(p => p.numel()));
        Assert.Equal(1_131_601, learner.TargetCritic.parameters().Sum(p => p.numel()));
    }
}
