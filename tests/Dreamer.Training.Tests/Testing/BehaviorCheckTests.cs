using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Behavior;
using Dreamer.Testing;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="BehaviorCheck"/> passes the built-in actor-critic and names what a broken learner gets wrong.</summary>
public sealed class BehaviorCheckTests
{
    private static readonly FeatureSize Features = new(6);
    private static readonly ActorCriticOptions Small = new()
    {
        Horizon = 4,
        Actor = new ActorNetworkOptions { Layers = 1, Units = 8 },
        Critic = new CriticNetworkOptions { Layers = 1, Units = 8 },
    };

    [Fact]
    public void TheActorCriticPassesWithDiscreteActions()
    {
        var actions = new ActionShape(3, true);

        BehaviorCheck.Run(ComponentBuilder.Create<ActorCritic>(Small, Features, actions, new ReinforceGradient(new NoOptions())), Features, actions);
    }

    [Fact]
    public void TheActorCriticPassesWithContinuousActions()
    {
        var actions = new ActionShape(2, false);

        BehaviorCheck.Run(ComponentBuilder.Create<ActorCritic>(Small, Features, actions, new DynamicsGradient(new NoOptions())), Features, actions);
    }

    [Fact]
    public void ALearnerThatDoesNotStepIsRefused()
    {
        var actions = new ActionShape(3, true);

        var error = Assert.Throws<ComponentCheckException>(() => BehaviorCheck.Run(new IdleBehavior(Features, actions), Features, actions));

        Assert.Equal(
            "Component Dreamer.Training.Tests.Testing.IdleBehavior in Dreamer.Training.Tests: one Train call changed none of its parameters.",
            error.Message);
    }
}
