using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// The policy π(a | feat) for a batch of states (dreamerv2.md §3 actor rows, §5.1, §5.5): samples that carry a
/// gradient (straight-through or reparameterized), the mode for greedy acting, and log-probabilities and entropies
/// summed over the action vector. Shapes: actions <c>[..., A]</c>, log-probabilities and entropies <c>[...]</c>.
/// </summary>
public abstract class ActionDistribution
{
    /// <summary>Shape of the uniform noise <see cref="Sample"/> consumes: <c>[..., 1]</c> or <c>[..., A]</c>.</summary>
    public abstract long[] NoiseShape { get; }

    /// <summary>The sample for uniform noise <paramref name="uniform"/> of <see cref="NoiseShape"/>.</summary>
    public abstract Tensor Sample(Tensor uniform);

    /// <summary>The most likely action.</summary>
    public abstract Tensor Mode();

    /// <summary>ln π(<paramref name="action"/>).</summary>
    public abstract Tensor LogProbability(Tensor action);

    /// <summary>Entropy of π.</summary>
    public abstract Tensor Entropy();
}
