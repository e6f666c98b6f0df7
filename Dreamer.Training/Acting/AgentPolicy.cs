using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using Dreamer.Modules.Threading;
using Dreamer.Training.Contracts;
using Dreamer.Training.Update;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Acting;

/// <summary>
/// The acting policy of dreamerv2.md §5.7 for N environments at once: embed = enc(obs); the posterior step from the
/// carried (state, previous action), both reset where is_first; then the actor samples (training) or takes its mode
/// (evaluation), with dense and convolutional layers in the training precision. The carried state is detached and lives
/// outside every dispose scope. The first actions are checked against the behavior learner's contract, <c>[N, A]</c>.
/// </summary>
public sealed class AgentPolicy : IDisposable
{
    private readonly WorldModel model;
    private readonly IBehaviorLearner behavior;
    private readonly IReadOnlyList<int> observationShape;
    private readonly int actionSize;
    private readonly Device device;
    private readonly ComputePrecision precision;
    private readonly ShapeCheck act;
    private LatentState? state;
    private Tensor? previousAction;

    public AgentPolicy(WorldModel model, IBehaviorLearner behavior, IReadOnlyList<int> observationShape, int actionSize, Device device,
        ComputePrecision precision = ComputePrecision.Float32)
    {
        this.precision = precision;
        this.model = model;
        this.behavior = behavior;
        this.observationShape = observationShape;
        this.actionSize = actionSize;
        this.device = device;
        act = new ShapeCheck(behavior, nameof(IBehaviorLearner), nameof(IBehaviorLearner.Act), $"[N, A] with A = the action size {actionSize}");
    }

    /// <summary>
    /// Observations <c>[N, *shape]</c> (a byte[] of uint8 or a float[] of float32 values, as the driver holds them) and
    /// is_first <c>[N]</c> → actions <c>[N, A]</c>, row-major.
    /// </summary>
    public float[] Act(Array observations, float[] isFirst, bool sample)
    {
        var environments = isFirst.Length;
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        using var compute = MixedPrecision.Use(precision);
        using var serial = SerialSection.Enter(environments * model.Rssm.FeatureSize);
        long[] shape = [environments, .. observationShape.Select(d => (long)d)];
        var observation = ObservationTensor.From(observations, shape).to(device);  // [N, *obs] uint8 or float32
        var first = tensor(isFirst).to(device);                                     // [N]
        var embed = model.Encoder.Encode(model.Preprocess(observation));             // [N, E]
        var dtype = embed.dtype;
        var previous = state ?? model.Rssm.Initial(environments, dtype, embed.device);
        var action = previousAction ?? zeros([environments, actionSize], dtype, embed.device); // [N, A]
        var (posterior, _) = model.Rssm.ObserveStep(previous, action, embed, first);
        var actions = behavior.Act(posterior.Features(), sample);                   // [N, A]
        if (act.Pending) act.Verify(actions, [environments, actionSize]);
        var chosen = actions.to_type(dtype);
        Replace(posterior.Detach(), chosen.detach());
        return chosen.cpu().to_type(ScalarType.Float32).data<float>().ToArray();
    }

    /// <summary>Forgets the carried state (the next call starts from zeros).</summary>
    public void Reset()
    {
        DisposeState();
        state = null;
        previousAction = null;
    }

    public void Dispose() => DisposeState();

    private void Replace(LatentState next, Tensor action)
    {
        DisposeState();
        state = new LatentState(
            next.Deter.DetachFromDisposeScope(),
            next.Stoch.DetachFromDisposeScope(),
            next.Parameters.DetachFromDisposeScope());
        previousAction = action.DetachFromDisposeScope();
    }

    private void DisposeState()
    {
        state?.Deter.Dispose();
        state?.Stoch.Dispose();
        state?.Parameters.Dispose();
        previousAction?.Dispose();
    }
}
