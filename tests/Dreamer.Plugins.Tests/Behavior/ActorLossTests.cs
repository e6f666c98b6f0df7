using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Schedules;
using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>TV3 of dreamerv2.md §11: log-probabilities, entropies and the actor loss of each estimator.</summary>
public sealed class ActorLossTests
{
    private const double EntropyScale = 1e-3;

    [Fact]
    public void PolicyTermsMatchTv3()
    {
        using var scope = NewDisposeScope();
        var policy = Policy();
        LambdaReturnTests.AssertClose([-0.885939, -0.407606], policy.LogProbability(DrawnActions()), 1e-5);
        LambdaReturnTests.AssertClose([1.078501, 0.832396], policy.Entropy(), 1e-5);
        LambdaReturnTests.AssertClose([2.282, 1.95], Terms().Advantage, 1e-9);
    }

    [Fact]
    public void ReinforceMatchesTv3() => Assert.Equal(1.367617, Loss(new ReinforceGradient(new NoOptions())), 5);

    [Fact]
    public void DynamicsMatchesTv3() => Assert.Equal(-2.529414, Loss(new DynamicsGradient(new NoOptions())), 5);

    [Fact]
    public void MixedMatchesTv3() =>
        Assert.Equal(0.977914, Loss(new MixedGradient(new MixedGradientOptions { Mix = Schedule.Constant(0.1) })), 5);

    [Fact]
    public void MixedDefaultsToOneTenthAndFollowsItsSchedule()
    {
        using var scope = NewDisposeScope();
        Assert.Equal(0.1, new MixedGradientOptions().Mix.Value(0));
        var terms = Terms();
        var scheduled = new MixedGradient(new MixedGradientOptions { Mix = Schedule.Linear(0.1, 0, 2.5e6) });
        var objective = scheduled.Objective(terms, 1_000_000);
        var expected = terms.Return * 0.06 + terms.LogProbability * terms.Advantage * 0.94;
        Assert.True(objective.allclose(expected, rtol: 0, atol: 1e-12));
    }

    private static double Loss(Dreamer.Abstractions.Behavior.IActorGradient gradient)
    {
        using var scope = NewDisposeScope();
        var policy = Policy();
        var objective = gradient.Objective(Terms(), step: 0);
        var weights = LambdaReturnTests.Column([1, 0.9]);
        return ActorLoss.Compute(objective, policy.Entropy().to_type(ScalarType.Float64), weights, EntropyScale).item<double>();
    }

    private static Dreamer.Abstractions.Behavior.ActorObjectiveTerms Terms()
    {
        var logProbability = Policy().LogProbability(DrawnActions()).to_type(ScalarType.Float64);        // [H−1, 1]
        var lambdaReturn = LambdaReturnTests.Column([3.24361, 2.582, 2.75]);                              // [H, 1]
        var targetValue = LambdaReturnTests.Column([0.3, 0.8, -0.2, 1.5]);                                // [H+1, 1]
        return ActorLoss.Terms(logProbability, lambdaReturn, targetValue);
    }

    private static OneHotActionDistribution Policy() =>
        new(tensor(new double[,] { { 0.2, -0.1, 0.4 }, { 1, 0, -1 } }).unsqueeze(1));                   // [H−1, 1, A]

    private static Tensor DrawnActions() =>
        tensor(new double[,] { { 0, 0, 1 }, { 1, 0, 0 } }).unsqueeze(1);                                  // [H−1, 1, A]
}
