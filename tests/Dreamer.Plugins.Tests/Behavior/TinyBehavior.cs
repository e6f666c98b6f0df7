using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using Dreamer.Abstractions.Schedules;
using Dreamer.Modules.Optimization;
using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Behavior;

/// <summary>Tiny learners, starts and parameter orders shared by the behavior tests and the reference comparison.</summary>
internal static class TinyBehavior
{
    public const int Starts = 3;
    public const int Horizon = 4;
    public const int Layers = 2;
    public const int Units = 5;

    public static ActorCriticOptions Options(double entropyScale = 0.01, int slowTargetEvery = 100) => new()
    {
        Horizon = Horizon,
        Lambda = 0.95,
        Actor = new ActorNetworkOptions { Layers = Layers, Units = Units, MinStd = 0.1 },
        Critic = new CriticNetworkOptions { Layers = Layers, Units = Units },
        ActorEntropy = Schedule.Constant(entropyScale),
        ActorOptimizer = new OptimizerOptions { Lr = 1e-2, Eps = 1e-5, Clip = 100, Wd = 1e-3 },
        CriticOptimizer = new OptimizerOptions { Lr = 2e-2, Eps = 1e-5, Clip = 0.05, Wd = 1e-3 },
        SlowTargetEvery = slowTargetEvery,
    };

    public static ActorCritic Learner(int actions, bool discrete, IActorGradient gradient, ActorCriticOptions? options = null) =>
        new(options ?? Options(), new FeatureSize(LinearWorld.Stoch + LinearWorld.Deter), new ActionShape(actions, discrete), gradient);

    /// <summary>Start states of the reference script: stoch 0.6·sin(0.2 + 0.9·i), deter 0.6·cos(0.5 + 1.1·i) over flat indices.</summary>
    public static ImaginationStart Start(params float[] isTerminal)
    {
        var stoch = (arange(Starts * LinearWorld.Stoch, dtype: ScalarType.Float64) * 0.9 + 0.2).sin().mul(0.6)
            .reshape(Starts, LinearWorld.Stoch).to_type(ScalarType.Float32);                               // [N, S]
        var deter = (arange(Starts * LinearWorld.Deter, dtype: ScalarType.Float64) * 1.1 + 0.5).cos().mul(0.6)
            .reshape(Starts, LinearWorld.Deter).to_type(ScalarType.Float32);                               // [N, D]
        var terminal = isTerminal.Length == 0 ? zeros(Starts) : tensor(isTerminal);                        // [N]
        return new ImaginationStart(new LatentState(deter, stoch, stoch.clone()), terminal);
    }

    /// <summary>The parameters of an <c>Mlp</c> (or a module holding one under <paramref name="prefix"/>) in the reference order.</summary>
    public static IReadOnlyList<Tensor> Ordered(nn.Module module, string prefix = "")
    {
        var byName = module.named_parameters().ToDictionary(p => p.name, p => (Tensor)p.parameter);
        var names = new List<string>();
        for (var i = 0; i < Layers; i++) names.AddRange([$"{prefix}hidden.{i}.weight", $"{prefix}hidden.{i}.bias"]);
        names.AddRange([$"{prefix}output.weight", $"{prefix}output.bias"]);
        Assert.Equal(names.Count, byName.Count);
        return names.Select(name => byName[name]).ToList();
    }

    /// <summary>All values of <paramref name="tensors"/>, flattened, as doubles.</summary>
    public static double[] Flat(IEnumerable<Tensor> tensors) =>
        tensors.SelectMany(t => t.detach().to_type(ScalarType.Float64).reshape(-1).data<double>().ToArray()).ToArray();

    public static double[] Gradients(IEnumerable<Tensor> parameters) =>
        Flat(parameters.Select(p => p.grad ?? zeros_like(p)));
}
