using Dreamer.Plugins.Latents;
using Dreamer.Training.WorldModels;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>§2.4–§2.5 observe with resets and §5.1 imagination on the tiny model.</summary>
public sealed class RssmTests
{
    private static (WorldModel Model, CategoricalLatent Latent) Tiny()
    {
        var model = TestWorldModels.Tiny();
        model.to(ScalarType.Float64);
        ReferenceBatch.FillParameters(model);
        return (model, TestWorldModels.TinyLatent());
    }

    [Fact]
    public void ObserveReturnsSequencesOfPosteriorsAndPriors()
    {
        var (model, _) = Tiny();
        var embed = randn(new long[] { 5, 3, model.Encoder.EmbedSize }, ScalarType.Float64); // [T, B, E]

        var sequence = model.Rssm.Observe(embed, zeros(5, 3, 2, dtype: ScalarType.Float64), zeros(5, 3));

        Assert.Equal(new long[] { 5, 3, 8 }, sequence.Posterior.Deter.shape);
        Assert.Equal(new long[] { 5, 3, 16 }, sequence.Posterior.Stoch.shape);
        Assert.Equal(new long[] { 5, 3, 16 }, sequence.PriorParameters.shape);
        Assert.Equal(new long[] { 5, 3, 24 }, sequence.Posterior.Features().shape);
    }

    [Fact]
    public void IsFirstResetsStateAndActionToTheInitialState()
    {
        var (model, latent) = Tiny();
        var embed = (arange(4 * 2 * 64, dtype: ScalarType.Float64).sin()).reshape(4, 2, 64); // [T, B, E]
        var action = (arange(4 * 2 * 2, dtype: ScalarType.Float64).cos()).reshape(4, 2, 2);  // [T, B, A]
        var isFirst = zeros(4, 2);
        isFirst[0] = ones(2);
        isFirst[2, 1] = tensor(1f);
        var noise = ReferenceBatch.UniformNoise();
        Tensor Sample(Tensor parameters, long t) => latent.Sample(parameters, noise[t]);

        var full = model.Rssm.Observe(embed, action, isFirst, Sample);
        var restarted = model.Rssm.Observe(embed[2..], action[2..], isFirst[2..].clone().index_fill_(0, tensor(0L), 1), (p, t) => Sample(p, t + 2));

        Assert.True(full.Posterior.Deter[2.., 1].allclose(restarted.Posterior.Deter[.., 1], atol: 1e-12));
        Assert.True(full.PriorParameters[2.., 1].allclose(restarted.PriorParameters[.., 1], atol: 1e-12));
        Assert.False(full.Posterior.Deter[2.., 0].allclose(restarted.Posterior.Deter[.., 0], atol: 1e-6));
    }

    [Fact]
    public void ImagineRollsThePriorWithStopGradientFeaturesForThePolicy()
    {
        var (model, _) = Tiny();
        var imagination = new WorldModelImagination(model);
        var start = model.Rssm.Initial(6, ScalarType.Float64, CPU);
        var seen = new List<bool>();

        var trajectory = imagination.Imagine(start, features =>
        {
            seen.Add(features.requires_grad);
            return ones(features.shape[0], 2, dtype: ScalarType.Float64).requires_grad_(true);
        }, horizon: 3);

        Assert.Equal(new long[] { 4, 6, 24 }, trajectory.Features.shape);
        Assert.Equal(new long[] { 4, 6, 2 }, trajectory.Actions.shape);
        Assert.Equal(0.0, trajectory.Actions[0].abs().sum().item<double>());
        Assert.All(seen, requiresGrad => Assert.False(requiresGrad));
        Assert.True(trajectory.Features[1..].requires_grad);
        Assert.Equal(24, imagination.FeatureSize);
        Assert.Equal(0.999, imagination.Discount);
        Assert.Equal(new long[] { 4, 6 }, imagination.Reward(trajectory.Features).shape);
        Assert.Equal(new long[] { 4, 6 }, imagination.ContinueProbability(trajectory.Features)!.shape);
    }

    [Fact]
    public void WithoutDiscountHeadContinueProbabilityIsNull()
    {
        var model = TestWorldModels.Build(
            new WorldModelOptions { Hidden = 4, DiscountHead = new DiscountHeadOptions { Enabled = false } }, 1, 1, 4, 2, 2, 2);

        Assert.Null(new WorldModelImagination(model).ContinueProbability(zeros(3, 8)));
    }

    [Fact]
    public void ImaginationStartsAreAllPosteriorsFlattenedAndDetached()
    {
        var (model, latent) = Tiny();
        var batch = ReferenceBatch.Create();
        var noise = ReferenceBatch.UniformNoise();

        var loss = model.Loss(batch, (p, t) => latent.Sample(p, noise[t]));
        var start = WorldModel.StartsFrom(loss, batch);

        Assert.Equal(new long[] { 8, 24 }, start.State.Features().shape);
        Assert.False(start.State.Deter.requires_grad);
        Assert.Equal(new[] { 0.0, 0, 0, 0, 0, 0, 1, 0 }, start.IsTerminal.data<double>().ToArray());
    }

    [Fact]
    public void TheStateDictionaryHoldsEachParameterOnce()
    {
        using var model = TestWorldModels.Tiny();

        Assert.Equal(model.named_parameters().Select(p => p.name), model.state_dict().Keys);
    }
}
