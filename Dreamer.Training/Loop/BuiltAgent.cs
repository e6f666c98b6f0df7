using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using Dreamer.Training.Contracts;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// An agent as its builder made it (the host builds it from a composition), on the CPU in float32: the world model, the
/// behavior learner, and the shapes they were built for. Disposing it disposes both networks.
/// </summary>
public sealed record BuiltAgent(
    WorldModel WorldModel,
    IBehaviorLearner Behavior,
    ObservationShape Observation,
    ActionShape Action,
    FeatureSize Features) : IDisposable
{
    /// <summary>The behavior learner as a module (for summaries, checkpoints and <c>to(device)</c>).</summary>
    public nn.Module BehaviorModule => ComponentModule.Of(Behavior, nameof(IBehaviorLearner));

    public void Dispose()
    {
        WorldModel.Dispose();
        (Behavior as IDisposable)?.Dispose();
    }
}
