using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// Learns a policy in imagination and acts with it (dreamerv2.md §5). The component class must derive from
/// <c>torch.nn.Module</c>, so that the host moves and checkpoints its networks, and the host refuses a behavior learner
/// class that is not a module when it loads the plugin; its optimizers are listed in <see cref="Optimizers"/>.
/// Constructor: its options record, a <c>FeatureSize</c>, an <c>ActionShape</c> and, where used, an
/// <see cref="IActorGradient"/>.
/// </summary>
public interface IBehaviorLearner
{
    /// <summary>
    /// Features <c>[B, F]</c> → actions <c>[B, A]</c>: a sample of the policy while training, its mode when
    /// <paramref name="sample"/> is false (dreamerv2.md §5.7). The host checks the shape of the first actions.
    /// </summary>
    Tensor Act(Tensor features, bool sample);

    /// <summary>
    /// One behavior update from <paramref name="start"/> at agent step <paramref name="step"/> (for schedules):
    /// imagine, compute λ-returns, step the actor, then the critic, then maybe copy the slow critic (§5.6).
    /// </summary>
    BehaviorMetrics Train(IImagination world, ImaginationStart start, long step);

    /// <summary>The optimizers this learner steps, by stable name, for checkpoints.</summary>
    IReadOnlyList<NamedOptimizer> Optimizers { get; }

    /// <summary>The number of updates done so far (drives the slow-critic cadence, §5.6); restored from checkpoints.</summary>
    long Updates { get; set; }
}
