using Dreamer.Abstractions.Behavior;
using Dreamer.Training.Contracts;
using static TorchSharp.torch;

namespace Dreamer.Testing;

/// <summary>
/// Checks an actor gradient against its contract (dreamerv2.md §5.5): on terms <c>[H−1, N]</c> the objective is
/// finite and <c>[H−1, N]</c>; its gradient reaches the log-probabilities or the return, and reaches the return
/// exactly when <see cref="IActorGradient.DifferentiatesReturn"/> says so.
/// </summary>
public static class ActorGradientCheck
{
    private const long Horizon = 15;
    private const long Starts = 4;

    /// <summary>Forms one objective and back-propagates it; throws <see cref="ComponentContractException"/> or <see cref="ComponentCheckException"/>.</summary>
    public static void Run(IActorGradient gradient, long step = 0)
    {
        var logProbability = randn(Horizon - 1, Starts).requires_grad_();                       // [H−1, N]
        var logProbabilityThroughAction = randn(Horizon - 1, Starts).requires_grad_();          // [H−1, N]
        var advantage = randn(Horizon - 1, Starts);                                             // [H−1, N]
        var lambdaReturn = randn(Horizon - 1, Starts).requires_grad_();                         // [H−1, N]
        var terms = new ActorObjectiveTerms(logProbability, advantage, lambdaReturn) { LogProbabilityThroughAction = logProbabilityThroughAction };
        var objectiveCheck = new ShapeCheck(gradient, nameof(IActorGradient), nameof(IActorGradient.Objective), "[H−1, N], the shape of the terms");
        var objective = objectiveCheck.Verify(gradient.Objective(terms, step), [Horizon - 1, Starts]); // [H−1, N]
        TensorChecks.Finite(gradient, objective, nameof(IActorGradient.Objective));
        if (!objective.requires_grad)
        {
            throw new ComponentCheckException($"Component {ShapeCheck.Name(gradient)} returned an objective without a graph; the actor would get no gradient.");
        }
        objective.mean().backward();
        var reachesReturn = lambdaReturn.grad is not null;
        if (reachesReturn != gradient.DifferentiatesReturn)
        {
            throw new ComponentCheckException(
                $"Component {ShapeCheck.Name(gradient)} says DifferentiatesReturn = {gradient.DifferentiatesReturn}, but its objective " +
                (reachesReturn ? "back-propagates through the return." : "does not back-propagate through the return."));
        }
        foreach (var (term, name) in new[] { (logProbability, "LogProbability"), (logProbabilityThroughAction, "LogProbabilityThroughAction"), (lambdaReturn, "Return") })
        {
            if (term.grad is { } termGradient) TensorChecks.Finite(gradient, termGradient, $"the gradient of {name}");
        }
    }
}
