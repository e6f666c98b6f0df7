using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Behavior;
using Dreamer.Plugins.Dynamics;
using Dreamer.Plugins.Kl;
using Dreamer.Plugins.Latents;
using Dreamer.Plugins.Vision;
using Dreamer.Training.Update;
using Dreamer.Training.WorldModels;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// The networks and data of a <see cref="BenchmarkPreset"/> built directly from the plugin classes: 64×64×1 images or grids, the
/// world model (19,975,379 parameters at the Atari preset, §11 TV9) and <c>behavior.actor-critic</c> with the
/// REINFORCE actor gradient; random replay batches.
/// </summary>
public static class BenchmarkAgent
{
    public static WorldModel WorldModel(BenchmarkPreset preset)
    {
        var observation = new ObservationShape(preset.Observation);
        var options = new WorldModelOptions
        {
            ObservationScale = preset.Grid ? ObservationScale.Binary : ObservationScale.Image,
            Hidden = preset.Hidden,
            RewardHead = new HeadOptions { Layers = preset.HeadLayers, Units = preset.HeadUnits },
            DiscountHead = new DiscountHeadOptions { Layers = preset.HeadLayers, Units = preset.HeadUnits },
        };
        var latent = new CategoricalLatent(new CategoricalLatentOptions { Variables = preset.Variables, Classes = preset.Classes });
        var dynamics = new LayerNormGruCell(new GruCellOptions { Deter = preset.Deter }, new CellShape(options.Hidden));
        var features = new FeatureSize(latent.SampleSize + dynamics.StateSize);
        var encoder = new ConvEncoder(preset.Encoder, observation);
        IDecoder decoder = preset.Grid
            ? new GridDecoder(new GridDecoderOptions { Depth = preset.ConvDepth }, observation, features)
            : new ConvDecoder(new ConvDecoderOptions { Depth = preset.ConvDepth }, observation, features);
        return new WorldModel(
            options,
            observation,
            new ActionShape(preset.Actions, Discrete: true),
            encoder,
            decoder,
            latent,
            dynamics,
            new BalancedKl(new BalancedKlOptions()));
    }

    public static ActorCritic Behavior(BenchmarkPreset preset, WorldModel model) => new(
        new ActorCriticOptions
        {
            Actor = new ActorNetworkOptions { Layers = preset.BehaviorLayers, Units = preset.BehaviorUnits },
            Critic = new CriticNetworkOptions { Layers = preset.BehaviorLayers, Units = preset.BehaviorUnits },
        },
        new FeatureSize(model.Rssm.FeatureSize),
        new ActionShape(preset.Actions, Discrete: true),
        new ReinforceGradient(new Abstractions.Components.NoOptions()));

    /// <summary>The preset's world model and its behavior learner, seeded with 0 and moved to <paramref name="device"/>.</summary>
    public static (WorldModel Model, ActorCritic Learner) OnDevice(BenchmarkPreset preset, Device device)
    {
        manual_seed(0);
        var model = WorldModel(preset);
        model.to(device);
        var learner = Behavior(preset, model);
        learner.to(device);
        return (model, learner);
    }

    /// <summary>Random uint8 images (0/1 grids), one-hot actions, normal rewards; the first row of each sequence is first.</summary>
    public static Batch RandomBatch(BenchmarkPreset preset, int length, int batchSize, Device device)
    {
        long[] shape = [length, batchSize, .. preset.Observation.Select(d => (long)d)];
        var image = randint(0, preset.Grid ? 2 : 256, shape, ScalarType.Byte, device);           // [T, B, C, H, W]
        var action = nn.functional.one_hot(randint(0, preset.Actions, [length, batchSize], device: device), preset.Actions)
            .to_type(ScalarType.Float32);                                                        // [T, B, A]
        var reward = randn([length, batchSize], device: device);                                 // [T, B]
        var isFirst = zeros([length, batchSize], device: device);                                // [T, B]
        isFirst[0] = ones(batchSize, device: device);
        var isTerminal = zeros([length, batchSize], device: device);                             // [T, B]
        return new Batch(image, action, reward, isFirst, isTerminal);
    }

    /// <summary>The N = T·B imagination starts of one loss pass over <paramref name="batch"/>, without gradients.</summary>
    public static ImaginationStart Starts(WorldModel model, Batch batch)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var start = Training.WorldModels.WorldModel.StartsFrom(model.Loss(batch), batch);
        scope.MoveToOuter(start.State.Deter, start.State.Stoch, start.State.Parameters, start.IsTerminal);
        return start;
    }
}
