using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using TorchSharp;
using TorchSharp.Modules;
using OneHotCategorical = Dreamer.Modules.Distributions.OneHotCategorical;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks.Behavior;

/// <summary>
/// A stand-in for the world model's imagination with the cost of the real one at the Atari preset (dreamerv2.md §2.2,
/// §2.3, §3, §8): the prior step img_in Dense(S·K + A → Hd) ELU, one GRU_LN Dense([x; h] → 3D) with a shared
/// LayerNorm, img_out Dense(D → Hd) ELU, img_dist Dense(Hd → S·K), a straight-through categorical sample of 32 × 32;
/// reward and discount heads 4 × 400 MLPs. Random weights; only the sizes and the operations matter here.
/// </summary>
public sealed class AtariSizedImagination : nn.Module, IImagination
{
    public const int Variables = 32;
    public const int Classes = 32;
    public const int Deter = 600;
    public const int Hidden = 600;

    private readonly Linear imageIn;
    private readonly Linear gate;
    private readonly LayerNorm gateNorm;
    private readonly Linear imageOut;
    private readonly Linear imageDistribution;
    private readonly Mlp rewardHead;
    private readonly Mlp discountHead;

    public AtariSizedImagination(int actions) : base("imagination")
    {
        imageIn = nn.Linear(Variables * Classes + actions, Hidden);
        gate = nn.Linear(Hidden + Deter, 3 * Deter);
        gateNorm = nn.LayerNorm(3 * Deter, eps: 1e-3);
        imageOut = nn.Linear(Deter, Hidden);
        imageDistribution = nn.Linear(Hidden, Variables * Classes);
        rewardHead = new Mlp("reward", FeatureSize, 4, 400, 1);
        discountHead = new Mlp("discount", FeatureSize, 4, 400, 1);
        RegisterComponents();
        Initialization.GlorotUniform(this);
    }

    public int FeatureSize => Variables * Classes + Deter;

    public double Discount => 0.999;

    /// <summary>Random posterior-like start states: one-hot stoch <c>[N, S·K]</c>, deter <c>[N, D]</c>.</summary>
    public static LatentState RandomStart(int starts)
    {
        var logits = randn(starts, Variables, Classes);                                         // [N, S, K]
        var stoch = OneHotCategorical.Mode(logits).reshape(starts, Variables * Classes);        // [N, S·K]
        var deter = randn(starts, Deter).tanh();                                                // [N, D]
        return new LatentState(deter, stoch, logits.reshape(starts, Variables * Classes));
    }

    public Trajectory Imagine(LatentState start, Func<Tensor, Tensor> policy, int horizon)
    {
        var stoch = start.Stoch;                                                                // [N, S·K]
        var deter = start.Deter;                                                                // [N, D]
        var features = new List<Tensor> { start.Features() };                                   // [N, F] each
        var actions = new List<Tensor>();
        for (var k = 1; k <= horizon; k++)
        {
            using var scope = NewDisposeScope();
            var action = policy(features[^1].detach());                                         // [N, A]
            var input = nn.functional.elu(imageIn.forward(cat([stoch, action], -1)), 1.0);      // [N, Hd]
            var parts = gateNorm.forward(gate.forward(cat([input, deter], -1))).chunk(3, -1);   // 3 × [N, D]
            var reset = parts[0].sigmoid();
            var candidate = (reset * parts[1]).tanh();
            var update = (parts[2] - 1).sigmoid();
            deter = update * candidate + (1 - update) * deter;                                  // [N, D]
            var hidden = nn.functional.elu(imageOut.forward(deter), 1.0);                       // [N, Hd]
            var logits = imageDistribution.forward(hidden).reshape(-1, Variables, Classes);     // [N, S, K]
            stoch = OneHotCategorical.SampleStraightThrough(logits).reshape(-1, Variables * Classes); // [N, S·K]
            var feature = cat([stoch, deter], -1);                                              // [N, F]
            scope.MoveToOuter(action, deter, stoch, feature);
            features.Add(feature);
            actions.Add(action);
        }
        actions.Insert(0, zeros_like(actions[0]));
        return new Trajectory(stack(features), stack(actions));                                 // [H+1, N, F], [H+1, N, A]
    }

    public Tensor Reward(Tensor features) => rewardHead.forward(features).squeeze(-1);

    public Tensor? ContinueProbability(Tensor features) => discountHead.forward(features).squeeze(-1).sigmoid();
}
