using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Testing;

/// <summary>
/// A tiny differentiable world for behavior learners (dreamerv2.md §5.1–§5.2): features <c>[stoch; deter]</c> of
/// width <see cref="FeatureSize"/>; deter' = tanh(W [stoch; deter; action]), stoch' = tanh(W_s deter'); reward a
/// linear head; continue probability γ·σ(linear), or none when built without a discount head.
/// </summary>
public sealed class TinyImagination : nn.Module, IImagination
{
    private readonly int stochSize;
    private readonly int deterSize;
    private readonly int actionSize;
    private readonly Linear transition;
    private readonly Linear stochHead;
    private readonly Linear rewardHead;
    private readonly Linear? discountHead;

    /// <summary>A world of <paramref name="features"/>-wide features and <paramref name="actions"/>-wide actions.</summary>
    public TinyImagination(FeatureSize features, ActionShape actions, bool discountHead = true, double discount = 0.99) : base("tiny_world")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(features.Size, 2);
        stochSize = features.Size / 2;
        deterSize = features.Size - stochSize;
        actionSize = actions.Size;
        Discount = discount;
        transition = nn.Linear(features.Size + actions.Size, deterSize);
        stochHead = nn.Linear(deterSize, stochSize);
        rewardHead = nn.Linear(features.Size, 1);
        this.discountHead = discountHead ? nn.Linear(features.Size, 1) : null;
        RegisterComponents();
    }

    /// <inheritdoc />
    public int FeatureSize => stochSize + deterSize;

    /// <inheritdoc />
    public double Discount { get; }

    /// <summary>Detached random start states of <paramref name="count"/> rows, none terminal (§5.1).</summary>
    public ImaginationStart Start(int count)
    {
        var deter = randn(count, deterSize).tanh();                                             // [N, D]
        var stoch = randn(count, stochSize).tanh();                                             // [N, S]
        var parameters = zeros(count, 2 * stochSize);                                           // [N, P]
        return new ImaginationStart(new LatentState(deter, stoch, parameters), zeros(count));   // [N]
    }

    /// <inheritdoc />
    public Trajectory Imagine(LatentState start, Func<Tensor, Tensor> policy, int horizon)
    {
        var stoch = start.Stoch;                                                                // [N, S]
        var deter = start.Deter;                                                                // [N, D]
        var features = new List<Tensor> { start.Features() };                                   // [N, F] each
        var actions = new List<Tensor> { zeros(stoch.shape[0], actionSize, dtype: stoch.dtype) }; // [N, A] each
        for (var k = 1; k <= horizon; k++)
        {
            var action = policy(features[^1].detach());                                         // [N, A]
            deter = transition.forward(cat([stoch, deter, action], -1)).tanh();                 // [N, D]
            stoch = stochHead.forward(deter).tanh();                                            // [N, S]
            features.Add(cat([stoch, deter], -1));
            actions.Add(action);
        }
        return new Trajectory(stack(features), stack(actions));                                 // [H+1, N, F], [H+1, N, A]
    }

    /// <inheritdoc />
    public Tensor Reward(Tensor features) => rewardHead.forward(features).squeeze(-1);          // [...]

    /// <inheritdoc />
    public Tensor? ContinueProbability(Tensor features) =>
        discountHead is null ? null : discountHead.forward(features).sigmoid().squeeze(-1) * Discount; // [...]
}
