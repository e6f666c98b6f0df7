using Dreamer.Abstractions.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Behavior;

/// <summary>
/// The actor loss of dreamerv2.md §5.5 (TV3, §10 D6/D7), over t = 0..H−2 (H−1 terms): the estimator's objective
/// obj_t (REINFORCE ln π_t(sg(a_{t+1}))·sg(V_{t+1} − v'(feat_t)), dynamics V_{t+1}, or a mix whose REINFORCE term
/// keeps the action's gradient, ln π_t(a_{t+1})) plus the entropy bonus
/// η·H(π_t), weighted: L = −mean_{t,n}[w_t · (obj_t + η·H(π_t))].
/// <code>
///   index t            0      1      2     …   H−2     H−1    H
///   policy π_t         π_0    π_1    π_2   …   π_H−2          (π_t = actor(sg(feat_t)))
///   action a_{t+1}     a_1    a_2    a_3   …   a_H−1          (drawn at state t)
///   return V_{t+1}     V_1    V_2    V_3   …   V_H−1
///   baseline v'_t      v'_0   v'_1   v'_2  …   v'_H−2
///   weight w_t         w_0    w_1    w_2   …   w_H−2
/// </code>
/// </summary>
public static class ActorLoss
{
    /// <summary>
    /// Objective <c>[H−1, N]</c> from an <see cref="IActorGradient"/>, policy entropy <c>[H−1, N]</c>, weights
    /// <c>[H−1, N]</c> and η → scalar loss.
    /// </summary>
    public static Tensor Compute(Tensor objective, Tensor entropy, Tensor weights, double entropyScale)
    {
        var bonusObjective = objective + entropy * entropyScale;         // [H−1, N]
        return -(weights.detach() * bonusObjective).mean();
    }

    /// <summary>
    /// The terms an estimator combines, from the policy at t = 0..H−2 and the rollout: log-probabilities of the
    /// drawn actions ln π_t(sg(a_{t+1})) <c>[H−1, N]</c>, λ-returns V_0..V_{H−1} <c>[H, N]</c>, target values
    /// v'_0..v'_H <c>[H+1, N]</c>, and ln π_t(a_{t+1}) with the action's gradient kept <c>[H−1, N]</c> (§5.5
    /// <c>both</c>; when null, the stopped one).
    /// </summary>
    public static ActorObjectiveTerms Terms(Tensor logProbability, Tensor lambdaReturn, Tensor targetValue, Tensor? logProbabilityThroughAction = null)
    {
        var futureReturn = lambdaReturn[1..];                                     // [H−1, N] = V_{t+1}
        var baseline = targetValue[..^2];                                         // [H−1, N] = v'_t
        var advantage = (futureReturn - baseline).detach();                       // [H−1, N]
        return new ActorObjectiveTerms(logProbability, advantage, futureReturn)
        {
            LogProbabilityThroughAction = logProbabilityThroughAction ?? logProbability,
        };
    }
}
