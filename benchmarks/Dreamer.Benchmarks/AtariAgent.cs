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
/// The networks and data of the Atari preset (dreamerv2.md §3, §8, §11 TV9) built directly from the plugin classes:
/// 64×64×1 images, A = 18, the world model (19,975,379 parameters) and <c>behavior.actor-critic</c> with the REINFORCE
/// actor gradient; random replay batches.
/// </summary>
public static class AtariAgent
{
    public const int Actions = 18;

    private static readonly ObservationShape Observation = new([1, 64, 64]);

    public static WorldModel WorldModel()
    {
        var options = new WorldModelOptions();
        var latent = new CategoricalLatent(new CategoricalLatentOptions());
        var dynamics = new LayerNormGruCell(new GruCellOptions(), new CellShape(options.Hidden));
        return new WorldModel(
            options,
            Observation,
            new ActionShape(Actions, Discrete: true),
            new ConvEncoder(new ConvEncoderOptions(), Observation),
            new ConvDecoder(new ConvDecoderOptions(), Observation, new FeatureSize(latent.SampleSize + dynamics.StateSize)),
            latent,
            dynamics,
            new BalancedKl(new BalancedKlOptions()));
    }

    public static ActorCritic Behavior(WorldModel model) => new(
        new ActorCriticOptions(),
        new FeatureSize(model.Rssm.FeatureSize),
        new ActionShape(Actions, Discrete: true),
        new ReinforceGradient(new Abstractions.Components.NoOptions()));

    /// <summary>Random uint8 images, one-hot actions, normal rewards; the first row of each sequence is first.</summary>
    /// <summary>The Atari world model and its behavior learner, seeded with 0 and moved to <paramref name="device"/>.</summary>
    public static (WorldModel Model, ActorCritic Learner) OnDevice(Device device)
    {
        manual_seed(0);
        var model = WorldModel();
        model.to(device);
        var learner = Behavior(model);
        learner.to(device);
        return (model, learner);
    }

    public static Batch RandomBatch(int length, int batchSize, Device device)
    {
        var image = randint(0, 256, [length, batchSize, 1, 64, 64], ScalarType.Byte, device);   // [T, B, C, H, W]
        var action = nn.functional.one_hot(randint(0, Actions, [length, batchSize], device: device), Actions)
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
