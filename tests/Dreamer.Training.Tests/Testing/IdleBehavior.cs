using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using Dreamer.Modules.Optimization;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Testing;

/// <summary>A broken behavior learner: it acts and reports metrics but Train never steps its optimizer.</summary>
internal sealed class IdleBehavior : nn.Module, IBehaviorLearner
{
    private readonly Mlp actor;
    private readonly DreamerOptimizer optimizer;

    public IdleBehavior(FeatureSize features, ActionShape actions) : base("behavior")
    {
        actor = new Mlp("actor", features.Size, 1, 8, actions.Size);
        RegisterComponents();
        optimizer = new DreamerOptimizer(actor, new OptimizerOptions());
    }

    public IReadOnlyList<NamedOptimizer> Optimizers => [new NamedOptimizer("actor", optimizer)];

    public long Updates { get; set; }

    public Tensor Act(Tensor features, bool sample) => actor.forward(features).tanh();

    public BehaviorMetrics Train(IImagination world, ImaginationStart start, long step)
    {
        Updates += 1;
        var zero = zeros([]);
        return new BehaviorMetrics(zero, zero, zero, zero, zero, zero);
    }
}
