using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Dynamics;
using Dreamer.Plugins.Kl;
using Dreamer.Plugins.Latents;
using Dreamer.Plugins.Vision;
using Dreamer.Training.WorldModels;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>Builds world models from the real components, as the composition would.</summary>
internal static class TestWorldModels
{
    private const int TinyVariables = 4;
    private const int TinyClasses = 4;

    public static WorldModel Atari(int actions) => Build(
        new WorldModelOptions(), channels: 1, depth: 48, deter: 600, variables: 32, classes: 32, actions: actions);

    public static WorldModel DmcVision(int actions) => Build(
        new WorldModelOptions
        {
            Hidden = 200,
            DiscountHead = new DiscountHeadOptions { Enabled = false },
            RewardTransform = RewardTransform.Identity,
            LossScales = new LossScales { Kl = 1.0 },
            GradHeads = [WorldModelHeads.Decoder, WorldModelHeads.Reward],
            Discount = 0.99,
        },
        channels: 3, depth: 48, deter: 200, variables: 32, classes: 32, actions: actions);

    /// <summary>The tiny configuration of scripts/reference/world_model_reference.py.</summary>
    public static WorldModel Tiny(WorldModelOptions? options = null, IKlScheme? kl = null) => Build(
        options ?? new WorldModelOptions
        {
            Hidden = 8,
            RewardHead = new HeadOptions { Layers = 2, Units = 8 },
            DiscountHead = new DiscountHeadOptions { Layers = 2, Units = 8 },
            Optimizer = new Modules.Optimization.OptimizerOptions { Lr = 1e-3, Eps = 1e-5, Clip = 100, Wd = 1e-6 },
        },
        channels: 1, depth: 2, deter: 8, variables: TinyVariables, classes: TinyClasses, actions: 2, kl: kl);

    /// <summary>A latent equal to the one <see cref="Tiny"/> builds, for drawing its samples with given noise.</summary>
    public static CategoricalLatent TinyLatent() => new(new CategoricalLatentOptions { Variables = TinyVariables, Classes = TinyClasses });

    /// <summary>A tiny model of vector observations [N] with MLP encoder and decoder.</summary>
    public static WorldModel TinyVector(int observationSize, int actions)
    {
        var options = new WorldModelOptions
        {
            Hidden = 8,
            RewardHead = new HeadOptions { Layers = 2, Units = 8 },
            DiscountHead = new DiscountHeadOptions { Layers = 2, Units = 8 },
        };
        var observation = new ObservationShape([observationSize]);
        var latent = new CategoricalLatent(new CategoricalLatentOptions { Variables = 4, Classes = 4 });
        return new WorldModel(
            options,
            observation,
            new ActionShape(actions, Discrete: true),
            new MlpEncoder(new MlpEncoderOptions { Layers = 2, Units = 8 }, observation),
            new MlpDecoder(new MlpDecoderOptions { Layers = 2, Units = 8 }, observation, new FeatureSize(latent.SampleSize + 8)),
            latent,
            new LayerNormGruCell(new GruCellOptions { Deter = 8 }, new CellShape(options.Hidden)),
            new BalancedKl(new BalancedKlOptions()));
    }

    public static WorldModel Build(
        WorldModelOptions options, int channels, int depth, int deter, int variables, int classes, int actions, IKlScheme? kl = null)
    {
        var observation = new ObservationShape([channels, 64, 64]);
        var latent = new CategoricalLatent(new CategoricalLatentOptions { Variables = variables, Classes = classes });
        var features = new FeatureSize(latent.SampleSize + deter);
        return new WorldModel(
            options,
            observation,
            new ActionShape(actions, Discrete: true),
            new ConvEncoder(new ConvEncoderOptions { Depth = depth }, observation),
            new ConvDecoder(new ConvDecoderOptions { Depth = depth }, observation, features),
            latent,
            new LayerNormGruCell(new GruCellOptions { Deter = deter }, new CellShape(options.Hidden)),
            kl ?? new BalancedKl(new BalancedKlOptions()));
    }
}
