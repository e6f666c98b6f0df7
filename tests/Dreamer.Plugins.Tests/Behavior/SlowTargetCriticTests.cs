using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Schedules;
using Dreamer.Modules.Layers;
using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>TV11 of dreamerv2.md §11: schedules and the slow-critic cadence (copies after updates 1, 101, 201, …).</summary>
public sealed class SlowTargetCriticTests
{
    [Fact]
    public void SchedulesMatchTv11()
    {
        var entropy = Schedule.Linear(3e-3, 3e-4, 2.5e6);
        Assert.Equal(1.65e-3, entropy.Value(1_250_000), 12);
        Assert.Equal(3e-4, entropy.Value(5_000_000), 12);
        Assert.Equal(0.06, Schedule.Linear(0.1, 0, 2.5e6).Value(1_000_000), 12);
        Assert.Equal(1e-3, new ActorCriticOptions().ActorEntropy.Value(123_456));
    }

    [Fact]
    public void CopiesAfterUpdatesOneHundredOneAndTwoHundredOne()
    {
        using var scope = NewDisposeScope();
        var target = new SlowTargetCritic(6, new CriticNetworkOptions { Layers = 1, Units = 3 });
        var critic = new Mlp("critic", 6, 1, 3, 1);
        var copiedAfter = new List<long>();
        for (long updates = 0; updates < 250; updates++)
        {
            if (target.Update(critic, updates, every: 100, fraction: 1.0)) copiedAfter.Add(updates + 1);
        }
        Assert.Equal([1, 101, 201], copiedAfter);
    }

    [Fact]
    public void TargetFollowsTheCriticOnlyAtCopyPoints()
    {
        using var scope = NewDisposeScope();
        var learner = TinyBehavior.Learner(3, true, new ReinforceGradient(new NoOptions()), TinyBehavior.Options(slowTargetEvery: 3));
        var world = new LinearWorld(3, discountHead: true);
        var start = TinyBehavior.Start();
        var equalAfter = new List<bool>();
        for (var update = 1; update <= 5; update++)
        {
            using var step = NewDisposeScope();
            var before = TinyBehavior.Flat(TinyBehavior.Ordered(learner.TargetCritic, "network."));
            learner.Train(world, start, update);
            var after = TinyBehavior.Flat(TinyBehavior.Ordered(learner.TargetCritic, "network."));
            var critic = TinyBehavior.Flat(TinyBehavior.Ordered(learner.Critic));
            equalAfter.Add(after.SequenceEqual(critic));
            if (!after.SequenceEqual(critic)) Assert.Equal(before, after);
        }
        Assert.Equal([true, false, false, true, false], equalAfter);
        Assert.Equal(5, learner.Updates);
    }

    [Fact]
    public void FractionBlendsAfterTheFirstCopy()
    {
        using var scope = NewDisposeScope();
        var target = new SlowTargetCritic(2, new CriticNetworkOptions { Layers = 0, Units = 1 });
        var critic = new Mlp("critic", 2, 0, 1, 1);
        var initial = TinyBehavior.Flat(target.parameters());
        Assert.True(target.Update(critic, updates: 10, every: 5, fraction: 0.25));
        var expected = initial.Zip(TinyBehavior.Flat(critic.parameters()), (t, c) => 0.75 * t + 0.25 * c).ToArray();
        var blended = TinyBehavior.Flat(target.parameters());
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], blended[i], tolerance: 1e-6);
        Assert.True(target.Update(critic, updates: 0, every: 5, fraction: 0.25));
        Assert.Equal(TinyBehavior.Flat(critic.parameters()), TinyBehavior.Flat(target.parameters()));
    }
}
