using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Optimization;
using Dreamer.Plugins.Behavior;
using Dreamer.Plugins.Dynamics;
using Dreamer.Plugins.Kl;
using Dreamer.Plugins.Latents;
using Dreamer.Plugins.Vision;
using Dreamer.Training.Loop;
using Dreamer.Training.Replay;
using Dreamer.Training.WorldModels;

namespace Dreamer.Tests.Support;

/// <summary>
/// The agent of the tests' tiny composition (<c>tests/Dreamer.Host.Tests/Wiring/Data/tiny.yaml</c>: 1×64×64 images,
/// 3 actions, every component of the default composition at toy sizes), built directly from the plugin classes in
/// the host's build order, and synthetic host batches for it. A host test pins that the composition builds the same
/// weights.
/// </summary>
public static class TinyAgent
{
    public static readonly int[] ObservationShape = [1, 64, 64];
    public const int Actions = 3;

    /// <summary>
    /// Builds the agent on the CPU; seed torch's generator first for reproducible weights. A one-dimensional
    /// <paramref name="observationShape"/> takes the MLP encoder and decoder instead of the convolutional ones;
    /// <paramref name="observationType"/> is the element type the agent's environment observes.
    /// </summary>
    public static BuiltAgent Build(int[]? observationShape = null, ElementType observationType = ElementType.UInt8)
    {
        var observation = new ObservationShape(observationShape ?? ObservationShape) { ElementType = observationType };
        var action = new ActionShape(Actions, Discrete: true);
        var options = new WorldModelOptions
        {
            Hidden = 16,
            RewardHead = new HeadOptions { Layers = 1, Units = 16 },
            DiscountHead = new DiscountHeadOptions { Layers = 1, Units = 16 },
            Discount = 0.99,
            Optimizer = new OptimizerOptions { Lr = 3e-4, Eps = 1e-5, Clip = 100, Wd = 1e-6 },
        };
        var latent = new CategoricalLatent(new CategoricalLatentOptions { Variables = 4, Classes = 4 });
        var dynamics = new LayerNormGruCell(new GruCellOptions { Deter = 16 }, new CellShape(options.Hidden));
        var features = new FeatureSize(latent.SampleSize + dynamics.StateSize);
        var vector = observation.Dimensions.Count == 1;
        IEncoder encoder = vector
            ? new MlpEncoder(new MlpEncoderOptions { Layers = 1, Units = 16 }, observation)
            : new ConvEncoder(new ConvEncoderOptions { Depth = 2 }, observation);
        IDecoder decoder = vector
            ? new MlpDecoder(new MlpDecoderOptions { Layers = 1, Units = 16 }, observation, features)
            : new ConvDecoder(new ConvDecoderOptions { Depth = 2 }, observation, features);
        var kl = new BalancedKl(new BalancedKlOptions());
        var model = new WorldModel(options, observation, action, encoder, decoder, latent, dynamics, kl);
        var behavior = new ActorCritic(
            new ActorCriticOptions
            {
                Horizon = 5,
                Actor = new ActorNetworkOptions { Layers = 1, Units = 16 },
                Critic = new CriticNetworkOptions { Layers = 1, Units = 16 },
                ActorEntropy = Abstractions.Schedules.Schedule.Constant(3e-3),
                ActorOptimizer = new OptimizerOptions { Lr = 1e-4, Eps = 1e-5, Clip = 100, Wd = 1e-6 },
                CriticOptimizer = new OptimizerOptions { Lr = 2e-4, Eps = 1e-5, Clip = 100, Wd = 1e-6 },
            },
            features,
            action,
            new ReinforceGradient(new NoOptions()));
        return new BuiltAgent(model, behavior, observation, action, features);
    }

    /// <summary>
    /// A host batch of random observations (uint8 images by default; float32 values in [−2, 2] for
    /// <see cref="ElementType.Float32"/>), one-hot actions, rewards and flags drawn from <paramref name="seed"/>.
    /// </summary>
    public static SequenceBatch Batch(int seed, int length = 8, int batch = 4, int[]? observationShape = null, ElementType observationType = ElementType.UInt8)
    {
        var random = new Random(seed);
        var sequences = new SequenceBatch(length, batch, observationShape ?? ObservationShape, Actions, observationType);
        if (sequences.ObservationValues is float[] values)
        {
            for (var i = 0; i < values.Length; i++) values[i] = (float)(random.NextDouble() * 4 - 2);
        }
        else
        {
            random.NextBytes(sequences.Observations);
        }
        for (var position = 0; position < length * batch; position++)
        {
            sequences.Actions[position * Actions + random.Next(Actions)] = 1f;
            sequences.Rewards[position] = random.Next(3) - 1;
            sequences.IsFirst[position] = position < batch ? 1f : 0f;
            sequences.IsTerminal[position] = random.Next(20) == 0 ? 1f : 0f;
        }
        return sequences;
    }
}
