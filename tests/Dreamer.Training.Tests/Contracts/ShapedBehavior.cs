using Dreamer.Abstractions.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Contracts;

/// <summary>A behavior learner that only acts: zeros of the shape the test gives for the features' shape.</summary>
internal sealed class ShapedBehavior(Func<long[], long[]> shape) : IBehaviorLearner
{
    public IReadOnlyList<NamedOptimizer> Optimizers => [];

    public long Updates { get; set; }

    public Tensor Act(Tensor features, bool sample) => zeros(shape(features.shape));

    public BehaviorMetrics Train(IImagination world, ImaginationStart start, long step) =>
        throw new NotSupportedException("This fixture only acts.");
}
