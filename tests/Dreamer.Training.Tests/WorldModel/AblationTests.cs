using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Dynamics;
using Dreamer.Plugins.Kl;
using Dreamer.Plugins.Latents;
using Dreamer.Plugins.Vision;
using Dreamer.Training.Update;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>The paper's ablations (dreamerv2.md §9 Table 2) are component swaps that train without other changes.</summary>
public sealed class AblationTests
{
    public static TheoryData<string> Swaps => ["gaussian", "gru", "gru-torch", "plain"];

    [Theory]
    [MemberData(nameof(Swaps))]
    public void SwappedComponentTrainsAndChangesTheParameters(string swap)
    {
        manual_seed(1);
        var options = new WorldModelOptions { Hidden = 8, RewardHead = new HeadOptions { Layers = 1, Units = 8 }, DiscountHead = new DiscountHeadOptions { Layers = 1, Units = 8 } };
        var observation = new ObservationShape([5]);
        ILatentDistribution latent = swap == "gaussian"
            ? new GaussianLatent(new GaussianLatentOptions { Size = 6 })
            : new CategoricalLatent(new CategoricalLatentOptions { Variables = 3, Classes = 4 });
        var cellOptions = new GruCellOptions { Deter = 7 };
        IDynamicsCell cell = swap switch
        {
            "gru" => new GruCell(cellOptions, new CellShape(8)),
            "gru-torch" => new TorchGruCell(cellOptions, new CellShape(8)),
            _ => new LayerNormGruCell(cellOptions, new CellShape(8)),
        };
        IKlScheme kl = swap == "plain" ? new PlainKl(new PlainKlOptions()) : new BalancedKl(new BalancedKlOptions());
        var model = new WorldModel(
            options,
            observation,
            new ActionShape(2, Discrete: false),
            new MlpEncoder(new MlpEncoderOptions { Layers = 1, Units = 8 }, observation),
            new MlpDecoder(new MlpDecoderOptions { Layers = 1, Units = 8 }, observation, new FeatureSize(latent.SampleSize + 7)),
            latent,
            cell,
            kl);
        var batch = new Batch(randn(3, 2, 5), rand(3, 2, 2) * 2 - 1, randn(3, 2), tensor(new float[,] { { 1, 1 }, { 0, 0 }, { 0, 1 } }), zeros(3, 2));
        var before = model.parameters().Select(p => p.detach().clone()).ToList();

        var update = model.Train(batch);

        Assert.True(float.IsFinite(update.Loss.Total.item<float>()));
        Assert.True(update.GradientNorm.item<float>() > 0);
        Assert.Equal(new long[] { 3, 2, latent.SampleSize + 7 }, update.Loss.Posterior.Features().shape);
        Assert.Contains(model.parameters().Zip(before), pair => (pair.First - pair.Second).abs().max().item<float>() > 0);
    }
}
