using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// The actor π(a | feat) (dreamerv2.md §3): an MLP from features <c>[..., F]</c> to A logits (discrete actions,
/// <see cref="OneHotActionDistribution"/>) or 2A raw outputs (continuous, <see cref="TruncatedNormalActionDistribution"/>).
/// </summary>
public sealed class Actor : nn.Module
{
    private readonly Mlp network;
    private readonly ActionShape actions;
    private readonly double minStd;

    public Actor(FeatureSize features, ActionShape actions, ActorNetworkOptions options) : base("actor")
    {
        this.actions = actions;
        minStd = options.MinStd;
        var outputs = actions.Discrete ? actions.Size : 2 * actions.Size;
        network = new Mlp("network", features.Size, options.Layers, options.Units, outputs);
        RegisterComponents();
    }

    /// <summary>
    /// Draws the uniform noise of a sample, given its shape and a tensor whose dtype and device it takes.
    /// Defaults to <c>torch.rand</c>; tests and reference comparisons hand in pre-drawn noise.
    /// </summary>
    internal Func<long[], Tensor, Tensor> DrawUniform { get; set; } =
        (shape, like) => rand(shape, dtype: like.dtype, device: like.device);

    /// <summary>Whether the actions are discrete (one-hot).</summary>
    public bool Discrete => actions.Discrete;

    /// <summary>π for features <c>[..., F]</c>.</summary>
    public ActionDistribution Distribution(Tensor features)
    {
        var output = network.forward(features);                                  // [..., A] or [..., 2A]
        if (actions.Discrete) return new OneHotActionDistribution(output);
        var parts = output.chunk(2, -1);                                           // 2 × [..., A]
        return new TruncatedNormalActionDistribution(parts[0], parts[1], minStd);
    }

    /// <summary>A sample of π for features <c>[..., F]</c>: <c>[..., A]</c>, straight-through or reparameterized.</summary>
    public Tensor Sample(Tensor features)
    {
        var policy = Distribution(features);
        return policy.Sample(DrawUniform(policy.NoiseShape, features));
    }
}
