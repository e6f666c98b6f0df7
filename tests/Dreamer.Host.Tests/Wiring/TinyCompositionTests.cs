using Dreamer.Abstractions.Environments;
using Dreamer.Host.Cli;
using Dreamer.Host.Wiring;
using Dreamer.Tests.Support;
using Dreamer.Training.Loop;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>
/// The tests' tiny composition, built through the catalog by <see cref="AgentBuilder"/>, is the agent that
/// <see cref="TinyAgent"/> builds directly: the same parameters in the same order with the same values under one
/// seed. The library's tests use the direct one, so this pins that the two stay the same agent.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class TinyCompositionTests
{
    [Fact]
    public void TheTinyCompositionBuildsTheTinyAgentWeightForWeight()
    {
        manual_seed(5);
        using var wired = new AgentBuilder(new HostServices().Factory()).Build(
            TrainingHarness.Load(), new BoxSpace(TinyAgent.ObservationShape, ElementType.UInt8, 0, 255), new DiscreteSpace(TinyAgent.Actions));
        manual_seed(5);
        using var direct = TinyAgent.Build();
        var expected = Parameters(direct);
        var actual = Parameters(wired);
        Assert.Equal(expected.Select(p => p.Name), actual.Select(p => p.Name));
        Assert.All(expected.Zip(actual), pair => Assert.True(pair.First.Value.eq(pair.Second.Value).all().item<bool>(), pair.First.Name));
        Assert.Equal(direct.Features, wired.Features);
    }

    private static List<(string Name, Tensor Value)> Parameters(BuiltAgent agent) =>
        agent.WorldModel.named_parameters().Select(p => ("world_model." + p.name, p.parameter.detach()))
            .Concat(agent.BehaviorModule.named_parameters().Select(p => ("behavior." + p.name, p.parameter.detach())))
            .ToList();
}
