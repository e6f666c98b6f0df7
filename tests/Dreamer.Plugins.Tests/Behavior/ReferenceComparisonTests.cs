using System.Text.Json;
using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Schedules;
using Dreamer.Plugins.Behavior;
using Xunit.Abstractions;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>
/// One behavior update against PyTorch 1.13 (scripts/reference/behavior_reference.py → reference_behavior.json):
/// same parameters, world, starts and noise; losses, gradients and stepped parameters agree to 1e-4.
/// </summary>
public sealed class ReferenceComparisonTests(ITestOutputHelper output)
{
    private const double Tolerance = 1e-4;

    [Theory]
    [InlineData("discrete_mixed")]
    [InlineData("continuous_dynamics")]
    public void OneUpdateMatchesPyTorch(string name)
    {
        using var scope = NewDisposeScope();
        var expected = Reference(name);
        var discrete = name == "discrete_mixed";
        var actions = discrete ? 3 : 2;
        IActorGradient gradient = discrete
            ? new MixedGradient(new MixedGradientOptions { Mix = Schedule.Constant(0.1) })
            : new DynamicsGradient(new NoOptions());
        var learner = TinyBehavior.Learner(actions, discrete, gradient);
        var world = new LinearWorld(actions, discountHead: discrete);
        DeterministicFill.Fill(TinyBehavior.Ordered(learner.Actor, "network."), 1.0);
        DeterministicFill.Fill(TinyBehavior.Ordered(learner.Critic), 2.0);
        DeterministicFill.Fill(TinyBehavior.Ordered(learner.TargetCritic, "network."), 3.0);
        DeterministicFill.Fill(world.Ordered(), 4.0);
        var calls = 0;
        learner.Actor.DrawUniform = (shape, _) => DeterministicFill.Noise(calls++, shape);

        var metrics = learner.Train(world, TinyBehavior.Start(0, 1, 0), step: 0);

        Assert.Equal(TinyBehavior.Horizon, calls);
        var worst = 0.0;
        void Compare(string what, double[] reference, double[] actual)
        {
            Assert.Equal(reference.Length, actual.Length);
            var difference = reference.Zip(actual, (a, b) => Math.Abs(a - b)).Max();
            output.WriteLine($"{name} {what}: max |diff| {difference:E2} over {actual.Length} values");
            Assert.True(difference < Tolerance, $"{what}: max |diff| {difference} ≥ {Tolerance}");
            worst = Math.Max(worst, difference);
        }
        Compare("actor_loss", [expected.GetProperty("actor_loss").GetDouble()], TinyBehavior.Flat([metrics.ActorLoss]));
        Compare("critic_loss", [expected.GetProperty("critic_loss").GetDouble()], TinyBehavior.Flat([metrics.CriticLoss]));
        Compare("actor_entropy", [expected.GetProperty("actor_entropy").GetDouble()], TinyBehavior.Flat([metrics.ActorEntropy]));
        Compare("imagined_reward", [expected.GetProperty("imagined_reward").GetDouble()], TinyBehavior.Flat([metrics.ImaginedReward]));
        Compare("lambda_return (mean)", [Values(expected, "lambda_return").Average()], TinyBehavior.Flat([metrics.LambdaReturn]));
        Compare("actor_gradients", Values(expected, "actor_gradients"), TinyBehavior.Gradients(TinyBehavior.Ordered(learner.Actor, "network.")));
        Compare("critic_gradients", Values(expected, "critic_gradients"), TinyBehavior.Gradients(TinyBehavior.Ordered(learner.Critic)));
        Compare("actor_parameters", Values(expected, "actor_parameters"), TinyBehavior.Flat(TinyBehavior.Ordered(learner.Actor, "network.")));
        Compare("critic_parameters", Values(expected, "critic_parameters"), TinyBehavior.Flat(TinyBehavior.Ordered(learner.Critic)));
        Compare("target_parameters", Values(expected, "target_parameters"), TinyBehavior.Flat(TinyBehavior.Ordered(learner.TargetCritic, "network.")));
        output.WriteLine($"{name}: worst |diff| {worst:E2}");
    }

    private static JsonElement Reference(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Behavior", "reference_behavior.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").GetProperty(name).Clone();
    }

    private static double[] Values(JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(v => v.GetDouble()).ToArray();
}
