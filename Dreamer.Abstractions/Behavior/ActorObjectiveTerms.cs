using static TorchSharp.torch;

namespace Dreamer.Abstractions.Behavior;

/// <summary>
/// The per-step terms an actor-gradient estimator combines (dreamerv2.md §5.5), each <c>[H−1, N]</c> for
/// t = 0..H−2: <paramref name="LogProbability"/> = ln π_t(sg(a_{t+1})), <paramref name="Advantage"/> =
/// sg(V_{t+1} − v'(feat_t)), <paramref name="Return"/> = V_{t+1} (differentiable through the dynamics).
/// </summary>
public sealed record ActorObjectiveTerms(Tensor LogProbability, Tensor Advantage, Tensor Return);
