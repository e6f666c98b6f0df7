using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>
/// A tiny differentiable stand-in for the world model (the same as in scripts/reference/behavior_reference.py):
/// deter' = tanh(W_t [stoch; deter; action] + b_t), stoch' = tanh(W_s deter' + b_s), features = [stoch; deter];
/// reward = W_r feat + b_r; continue = σ(W_d feat + b_d), or none (every discount γ).
/// </summary>
internal sealed class LinearWorld : nn.Module, IImagination
{
    public const int Stoch = 2;
    public const int Deter = 4;

    private readonly Linear transition;
    private readonly Linear stochHead;
    private readonly Linear rewardHead;
    private readonly Linear? discountHead;
    private readonly int actions;

    public LinearWorld(int actions, bool discountHead, double gamma = 0.99) : base("world")
    {
        this.actions = actions;
        Discount = gamma;
        transition = nn.Linear(Stoch + Deter + actions, Deter);
        stochHead = nn.Linear(Deter, Stoch);
        rewardHead = nn.Linear(Stoch + Deter, 1);
        this.discountHead = discountHead ? nn.Linear(Stoch + Deter, 1) : null;
        RegisterComponents();
    }

    public int FeatureSize => Stoch + Deter;

    public double Discount { get; }

    /// <summary>Parameters in the order the reference script fills them.</summary>
    public IReadOnlyList<Tensor> Ordered()
    {
        var ordered = new List<Tensor> { transition.weight!, transition.bias!, stochHead.weight!, stochHead.bias!, rewardHead.weight!, rewardHead.bias! };
        if (discountHead is not null) ordered.AddRange([discountHead.weight!, discountHead.bias!]);
        return ordered;
    }

    public Trajectory Imagine(LatentState start, Func<Tensor, Tensor> policy, int horizon)
    {
        var stoch = start.Stoch;                                                         // [N, S]
        var deter = start.Deter;                                                         // [N, D]
        var features = new List<Tensor> { start.Features() };                            // [N, F] each
        var actionsTaken = new List<Tensor> { zeros(stoch.shape[0], actions, dtype: stoch.dtype) };
        for (var k = 1; k <= horizon; k++)
        {
            using var scope = NewDisposeScope();
            var action = policy(features[^1].detach());                                  // [N, A]
            deter = transition.forward(cat([stoch, deter, action], -1)).tanh();          // [N, D]
            stoch = stochHead.forward(deter).tanh();                                     // [N, S]
            var feature = cat([stoch, deter], -1);                                       // [N, F]
            scope.MoveToOuter(action, deter, stoch, feature);
            features.Add(feature);
            actionsTaken.Add(action);
        }
        return new Trajectory(stack(features), stack(actionsTaken));                     // [H+1, N, F], [H+1, N, A]
    }

    public Tensor Reward(Tensor features) => rewardHead.forward(features).squeeze(-1);

    public Tensor? ContinueProbability(Tensor features) => discountHead?.forward(features).sigmoid().squeeze(-1);
}
