using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Behavior;
using Dreamer.Plugins.Dynamics;
using Dreamer.Plugins.Kl;
using Dreamer.Plugins.Latents;
using Dreamer.Plugins.Vision;
using Dreamer.Training.Replay;
using Dreamer.Training.Update;
using Dreamer.Training.WorldModels;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Device.Tests;

/// <summary>
/// A tiny DreamerV2 agent of the real components (dreamerv2.md §2–§5): conv encoder and decoder of depth 2 on 64×64
/// grey images, 4×4 categorical latents with <see cref="SuppliedNoiseLatent"/>, a layer-norm GRU of 8 units, balanced
/// KL, and <c>behavior.actor-critic</c> (REINFORCE, H = 4) whose actor draws its noise from the same
/// <see cref="CpuUniformNoise"/>. Built on the CPU in float32.
/// </summary>
internal sealed class TinyAgent : IDisposable
{
    public const int Actions = 3;

    private static readonly CategoricalLatentOptions LatentOptions = new() { Variables = 4, Classes = 4 };

    private TinyAgent(WorldModel model, ActorCritic learner, CpuUniformNoise noise)
    {
        Model = model;
        Learner = learner;
        Noise = noise;
    }

    public WorldModel Model { get; }

    public ActorCritic Learner { get; }

    public CpuUniformNoise Noise { get; }

    /// <summary>Builds the agent with weights from <c>manual_seed(weightSeed)</c> and noise of seed <paramref name="noiseSeed"/>.</summary>
    public static TinyAgent Build(long weightSeed, ulong noiseSeed)
    {
        manual_seed(weightSeed);
        var noise = new CpuUniformNoise(noiseSeed);
        var options = new WorldModelOptions
        {
            Hidden = 8,
            RewardHead = new HeadOptions { Layers = 2, Units = 8 },
            DiscountHead = new DiscountHeadOptions { Layers = 2, Units = 8 },
            Optimizer = new Modules.Optimization.OptimizerOptions { Lr = 1e-3, Eps = 1e-5, Clip = 100, Wd = 1e-6 },
        };
        var observation = new ObservationShape([1, 64, 64]);
        var latent = new SuppliedNoiseLatent(LatentOptions, noise);
        var dynamics = new LayerNormGruCell(new GruCellOptions { Deter = 8 }, new CellShape(options.Hidden));
        var features = new FeatureSize(latent.SampleSize + dynamics.StateSize);
        var model = new WorldModel(
            options,
            observation,
            new ActionShape(Actions, Discrete: true),
            new ConvEncoder(new ConvEncoderOptions { Depth = 2 }, observation),
            new ConvDecoder(new ConvDecoderOptions { Depth = 2 }, observation, features),
            latent,
            dynamics,
            new BalancedKl(new BalancedKlOptions()));
        var learner = new ActorCritic(
            new ActorCriticOptions
            {
                Horizon = 4,
                Actor = new ActorNetworkOptions { Layers = 2, Units = 16 },
                Critic = new CriticNetworkOptions { Layers = 2, Units = 16 },
                ActorOptimizer = new Modules.Optimization.OptimizerOptions { Lr = 1e-3, Eps = 1e-5, Clip = 100, Wd = 1e-6 },
                CriticOptimizer = new Modules.Optimization.OptimizerOptions { Lr = 1e-3, Eps = 1e-5, Clip = 100, Wd = 1e-6 },
            },
            features,
            new ActionShape(Actions, Discrete: true),
            new ReinforceGradient(new NoOptions()));
        learner.Actor.DrawUniform = (shape, like) => noise.Draw(shape, like.dtype, like.device);
        return new TinyAgent(model, learner, noise);
    }

    /// <summary>Copies every parameter and buffer of <paramref name="source"/> into this agent (same device).</summary>
    public void LoadFrom(TinyAgent source)
    {
        Model.load_state_dict(source.Model.state_dict());
        Learner.load_state_dict(source.Learner.state_dict());
    }

    public void To(TorchSharp.torch.Device device)
    {
        Model.to(device);
        Learner.to(device);
    }

    /// <summary>One <see cref="TrainingStep.Update(SequenceBatch, long)"/> at agent step 0 on <paramref name="device"/>; the metrics on the CPU.</summary>
    public UpdateMetrics Update(SequenceBatch batch, TorchSharp.torch.Device device)
    {
        using var step = new TrainingStep(Model, Learner, device);
        return new UpdateMetrics(step.Update(batch, step: 0).Entries.Select(metric => metric with { Value = metric.Value.cpu() }).ToList());
    }

    /// <summary>Every parameter and buffer of the world model and the behavior learner, copied to the CPU, by name.</summary>
    public IReadOnlyDictionary<string, Tensor> State() =>
        Model.state_dict().Select(entry => ("world_model." + entry.Key, entry.Value))
            .Concat(Learner.state_dict().Select(entry => ("behavior." + entry.Key, entry.Value)))
            .ToDictionary(entry => entry.Item1, entry => entry.Item2.detach().cpu().clone());

    /// <summary>
    /// A replayed batch of <paramref name="length"/> × <paramref name="batch"/> steps filled from
    /// <paramref name="seed"/>: random images, one-hot actions, rewards; first rows marked, a few terminal rows.
    /// </summary>
    public static SequenceBatch Batch(int length, int batch, int seed)
    {
        var random = new Random(seed);
        var result = new SequenceBatch(length, batch, [1, 64, 64], Actions);
        random.NextBytes(result.Observations);
        for (var row = 0; row < length * batch; row++)
        {
            result.Actions[row * Actions + random.Next(Actions)] = 1;
            result.Rewards[row] = (float)(random.NextDouble() * 2 - 1);
            result.IsFirst[row] = row < batch ? 1 : 0;
            result.IsTerminal[row] = random.NextDouble() < 0.05 ? 1 : 0;
        }
        return result;
    }

    public void Dispose()
    {
        Model.Dispose();
        Learner.Dispose();
        Noise.Dispose();
    }
}
