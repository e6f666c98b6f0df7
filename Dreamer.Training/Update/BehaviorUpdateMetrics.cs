using Dreamer.Abstractions.Behavior;

namespace Dreamer.Training.Update;

/// <summary>The names of a behavior learner's scalars (dreamerv2.md §5.4–§5.5), from the contract's record.</summary>
public static class BehaviorUpdateMetrics
{
    /// <summary>The actor and critic losses (loss terms), then actor entropy, critic value, λ-return and imagined reward.</summary>
    public static IReadOnlyList<UpdateMetric> Of(BehaviorMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return
        [
            new("loss/actor", metrics.ActorLoss, IsLoss: true),
            new("loss/critic", metrics.CriticLoss, IsLoss: true),
            new("actor/entropy", metrics.ActorEntropy),
            new("critic/value", metrics.CriticValue),
            new("imagination/lambda_return", metrics.LambdaReturn),
            new("imagination/reward", metrics.ImaginedReward),
        ];
    }
}
