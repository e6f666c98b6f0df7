using Dreamer.Abstractions.Behavior;
using Dreamer.Tests.Support;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Update;

/// <summary>Each update metric carries its own value under its name, and the loop reads loss terms by their flag.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class UpdateMetricsTests
{
    private static readonly string[] Names =
    [
        "loss/image", "loss/reward", "loss/discount", "loss/kl", "loss/model",
        "world_model/kl", "world_model/prior_entropy", "world_model/posterior_entropy", "world_model/grad_norm",
        "loss/actor", "loss/critic", "actor/entropy", "critic/value", "imagination/lambda_return", "imagination/reward",
    ];

    [Fact]
    public void AnUpdateNamesEveryMetricOnceAndFlagsTheLossTerms()
    {
        manual_seed(1);
        using var agent = TinyAgent.Build();
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU);

        var metrics = step.Update(TinyAgent.Batch(1), step: 0);

        Assert.Equal(Names, metrics.Names);
        Assert.Equal(Names.Where(name => name.StartsWith("loss/", StringComparison.Ordinal)), metrics.Entries.Where(m => m.IsLoss).Select(m => m.Name));
        Assert.All(metrics.Entries, metric => Assert.False(metric.Value.requires_grad, metric.Name));
        Assert.Equal([Names.Length], metrics.Stack().shape);
    }

    [Fact]
    public void TheWorldModelNamesTheValuesOfItsLossAndGradient()
    {
        manual_seed(2);
        using var agent = TinyAgent.Build();
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU);
        var batch = step.ToDevice(TinyAgent.Batch(2));

        var update = agent.WorldModel.Train(batch);

        var latent = agent.WorldModel.Rssm.Latent;
        var metrics = new UpdateMetrics(update.Metrics);
        var loss = update.Loss;
        AssertSame(loss.Image, metrics["loss/image"]);
        AssertSame(loss.Reward, metrics["loss/reward"]);
        AssertSame(loss.Discount, metrics["loss/discount"]);
        AssertSame(loss.Kl, metrics["loss/kl"]);
        AssertSame(loss.Total, metrics["loss/model"]);
        AssertSame(loss.KlValue, metrics["world_model/kl"]);
        AssertSame(latent.Entropy(loss.PriorParameters).mean(), metrics["world_model/prior_entropy"]);
        AssertSame(latent.Entropy(loss.Posterior.Parameters).mean(), metrics["world_model/posterior_entropy"]);
        AssertSame(update.GradientNorm, metrics["world_model/grad_norm"]);
        // Balanced KL with no free nats is α·KL + (1 − α)·KL: loss/kl equals world_model/kl up to one rounding, so the
        // other eight values must be distinct for no name to point at another's value.
        Assert.Equal(8, metrics.Entries.Where(metric => metric.Name != "world_model/kl").Select(metric => metric.Value.item<float>()).Distinct().Count());
    }

    [Fact]
    public void TheBehaviorLearnersRecordKeepsItsNames()
    {
        var record = new BehaviorMetrics(tensor(1f), tensor(2f), tensor(3f), tensor(4f), tensor(5f), tensor(6f));

        var metrics = new UpdateMetrics(BehaviorUpdateMetrics.Of(record));

        Assert.Equal([1f, 2f, 3f, 4f, 5f, 6f],
            new[] { "loss/actor", "loss/critic", "actor/entropy", "critic/value", "imagination/lambda_return", "imagination/reward" }
                .Select(name => metrics[name].item<float>()));
    }

    [Fact]
    public void TheAccumulatorReportsTheFirstNonFiniteLossTermByName()
    {
        using var accumulator = new MetricsAccumulator();
        accumulator.Add(Metrics(reward: 1, kl: 2, entropy: float.NaN), update: 0);
        Assert.Null(accumulator.FirstFailure());
        accumulator.Add(Metrics(reward: float.PositiveInfinity, kl: float.NaN, entropy: 0), update: 1);
        accumulator.Add(Metrics(reward: float.NaN, kl: 3, entropy: 0), update: 2);

        var means = accumulator.Drain(out var failure);

        Assert.Equal(new NonFiniteLoss("loss/reward", 1), failure);
        Assert.Equal(["loss/reward", "loss/kl", "world_model/prior_entropy"], means.Select(pair => pair.Key));
        Assert.Equal(5.0 / 3, means[1].Value, 6);
    }

    [Fact]
    public void ALossTermBeyondTheDivergenceFactorTimesItsEarlyScaleIsReportedWithItsLimit()
    {
        using var accumulator = new MetricsAccumulator(divergence: 10);
        accumulator.Add(Metrics(reward: 0.5f, kl: 3, entropy: 1e6f), update: 0);      // scales: reward max(1, 0.5) = 1, kl 3
        accumulator.Add(Metrics(reward: 9.9f, kl: 29, entropy: 1e9f), update: 1);     // within 10 × scale; entropy is no loss term
        Assert.Null(accumulator.FirstFailure());
        accumulator.Add(Metrics(reward: 2, kl: 301, entropy: 0), update: 2);          // kl scale is now 29: limit 290

        var failure = accumulator.FirstFailure();

        Assert.Equal("loss/kl", failure!.Term);
        Assert.Equal(2, failure.Update);
        Assert.Contains("diverged to a magnitude of 301", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("the limit was 290:", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADivergenceFactorOfZeroTurnsTheCheckOffButNotTheNonFiniteOne()
    {
        using var accumulator = new MetricsAccumulator(divergence: 0);
        accumulator.Add(Metrics(reward: 1, kl: 1, entropy: 0), update: 0);
        accumulator.Add(Metrics(reward: 1e30f, kl: 1e30f, entropy: 0), update: 1);
        Assert.Null(accumulator.FirstFailure());
        accumulator.Add(Metrics(reward: 1, kl: float.NaN, entropy: 0), update: 2);

        Assert.Equal(new NonFiniteLoss("loss/kl", 2), accumulator.FirstFailure());
    }

    [Fact]
    public void TheAccumulatorRefusesAnUpdateWithOtherNames()
    {
        using var accumulator = new MetricsAccumulator();
        accumulator.Add(Metrics(1, 2, 3), update: 0);

        var error = Assert.Throws<ArgumentException>(() => accumulator.Add(new UpdateMetrics([new("loss/reward", tensor(1f), IsLoss: true)]), update: 1));

        Assert.StartsWith("update 1 names its metrics loss/reward; earlier updates named loss/reward, loss/kl, world_model/prior_entropy.", error.Message);
    }

    [Fact]
    public void AMetricNamedTwiceIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new UpdateMetrics([new("loss/kl", tensor(1f)), new("loss/kl", tensor(2f))]));

        Assert.StartsWith("An update names loss/kl more than once.", error.Message);
    }

    private static UpdateMetrics Metrics(float reward, float kl, float entropy) => new(
    [
        new("loss/reward", tensor(reward), IsLoss: true),
        new("loss/kl", tensor(kl), IsLoss: true),
        new("world_model/prior_entropy", tensor(entropy)),
    ]);

    private static void AssertSame(Tensor expected, Tensor actual) =>
        Assert.Equal(expected.to_type(ScalarType.Float32).item<float>(), actual.to_type(ScalarType.Float32).item<float>());
}
