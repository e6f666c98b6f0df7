using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using Dreamer.Training.Contracts;
using static TorchSharp.torch;

namespace Dreamer.Testing;

/// <summary>
/// Checks a behavior learner against its contract (dreamerv2.md §5): acting on features <c>[B, F]</c> gives finite
/// actions <c>[B, A]</c>, sampled and greedy (§5.7); one <see cref="IBehaviorLearner.Train"/> call on a
/// <see cref="TinyImagination"/> returns finite scalar metrics, steps the listed optimizers, changes the learner's
/// parameters and counts one update.
/// </summary>
public static class BehaviorCheck
{
    private const int Starts = 6;

    /// <summary>Acts and trains once; throws <see cref="ComponentContractException"/> or <see cref="ComponentCheckException"/>.</summary>
    public static void Run(IBehaviorLearner learner, FeatureSize features, ActionShape actions)
    {
        var module = ComponentModule.Of(learner, nameof(IBehaviorLearner));
        var rule = $"[N, A] with A = the action size {actions.Size}";
        var observed = randn(TinyBatch.Rows, features.Size);                                     // [B, F]
        foreach (var sample in new[] { true, false })
        {
            var act = new ShapeCheck(learner, nameof(IBehaviorLearner), nameof(IBehaviorLearner.Act), rule);
            var action = act.Verify(learner.Act(observed, sample), [TinyBatch.Rows, actions.Size]); // [B, A]
            TensorChecks.Finite(learner, action, $"Act(sample: {sample})");
        }
        if (learner.Optimizers.Count == 0)
        {
            throw new ComponentCheckException($"Component {ShapeCheck.Name(learner)} lists no optimizers, so checkpoints would not keep its optimizer state.");
        }
        var world = new TinyImagination(features, actions);
        var before = module.parameters().Select(parameter => parameter.detach().clone()).ToList();
        var steps = learner.Optimizers.Select(optimizer => optimizer.Optimizer.Steps).ToList();
        var updates = learner.Updates;
        var metrics = learner.Train(world, world.Start(Starts), step: 0);
        CheckMetrics(learner, metrics);
        var changed = module.parameters().Zip(before).Any(pair => !pair.First.detach().allclose(pair.Second, rtol: 0, atol: 0));
        if (!changed)
        {
            throw new ComponentCheckException($"Component {ShapeCheck.Name(learner)}: one Train call changed none of its parameters.");
        }
        var idle = learner.Optimizers.Where((optimizer, index) => optimizer.Optimizer.Steps <= steps[index]).Select(optimizer => optimizer.Name).ToList();
        if (idle.Count > 0)
        {
            throw new ComponentCheckException($"Component {ShapeCheck.Name(learner)}: one Train call did not step its optimizer '{idle[0]}'.");
        }
        if (learner.Updates != updates + 1)
        {
            throw new ComponentCheckException(
                $"Component {ShapeCheck.Name(learner)}: Updates went from {updates} to {learner.Updates} in one Train call, expected {updates + 1}.");
        }
    }

    private static void CheckMetrics(IBehaviorLearner learner, BehaviorMetrics metrics)
    {
        TensorChecks.FiniteScalar(learner, metrics.ActorLoss, "Train(...).ActorLoss");
        TensorChecks.FiniteScalar(learner, metrics.CriticLoss, "Train(...).CriticLoss");
        TensorChecks.FiniteScalar(learner, metrics.ActorEntropy, "Train(...).ActorEntropy");
        TensorChecks.FiniteScalar(learner, metrics.CriticValue, "Train(...).CriticValue");
        TensorChecks.FiniteScalar(learner, metrics.LambdaReturn, "Train(...).LambdaReturn");
        TensorChecks.FiniteScalar(learner, metrics.ImaginedReward, "Train(...).ImaginedReward");
    }
}
