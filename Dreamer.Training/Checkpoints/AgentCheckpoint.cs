using Dreamer.Abstractions.Behavior;
using Dreamer.Training.Contracts;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Checkpoints;

/// <summary>
/// Maps the agent to and from a <see cref="CheckpointContent"/>: the world model's and the behavior learner's
/// state dictionaries (prefixes <c>world_model.</c> and <c>behavior.</c>), the three optimizers' moments by parameter
/// name and step counts (<c>model.</c>, <c>actor.</c>, <c>critic.</c>; see <see cref="OptimizerCheckpoint"/>), and the
/// torch random state.
/// </summary>
public static class AgentCheckpoint
{
    private const string RandomState = "random.torch";

    public static CheckpointContent Capture(WorldModel model, IBehaviorLearner behavior, TrainingCounters counters, string composition)
    {
        var weights = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, tensor) in model.state_dict()) weights["world_model." + name] = tensor;
        foreach (var (name, tensor) in ComponentModule.Of(behavior, nameof(IBehaviorLearner)).state_dict()) weights["behavior." + name] = tensor;
        var optimizers = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        var steps = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, optimizer) in Optimizers(model, behavior))
        {
            OptimizerCheckpoint.Capture(name, optimizer, optimizers);
            steps[name] = optimizer.Steps;
        }
        optimizers[RandomState] = random.get_rng_state();
        return new CheckpointContent(weights, optimizers, counters with { OptimizerSteps = steps, BehaviorUpdates = behavior.Updates }, composition);
    }

    /// <summary>
    /// Loads the newest checkpoint of <paramref name="runDirectory"/> that loads into a freshly built agent (see
    /// <see cref="CheckpointSearch"/> and <see cref="Restore"/>); null when the run has none.
    /// </summary>
    public static RestoredCheckpoint? RestoreLatest(string runDirectory, WorldModel model, IBehaviorLearner behavior)
    {
        var choice = CheckpointSearch.Newest(new CheckpointStore(runDirectory), content => Restore(content, model, behavior));
        return choice is null ? null : new RestoredCheckpoint(choice.Folder, choice.Content.Counters, choice.Notes);
    }

    /// <summary>Loads the checkpoint in <paramref name="folder"/> (e.g. a kept one) into a freshly built agent.</summary>
    public static RestoredCheckpoint RestoreFrom(string folder, WorldModel model, IBehaviorLearner behavior)
    {
        var content = CheckpointStore.Load(folder);
        Restore(content, model, behavior);
        return new RestoredCheckpoint(folder, content.Counters, []);
    }

    /// <summary>Loads weights, optimizer state, step counts and the random state into a freshly built agent.</summary>
    public static void Restore(CheckpointContent content, WorldModel model, IBehaviorLearner behavior)
    {
        using var noGrad = no_grad();
        Load(model, content.Weights, "world_model.");
        Load(ComponentModule.Of(behavior, nameof(IBehaviorLearner)), content.Weights, "behavior.");
        foreach (var (name, optimizer) in Optimizers(model, behavior))
        {
            OptimizerCheckpoint.Restore(name, optimizer, content.OptimizerState);
            optimizer.Steps = content.Counters.OptimizerSteps.TryGetValue(name, out var steps) ? steps : 0;
        }
        behavior.Updates = content.Counters.BehaviorUpdates;
        if (content.OptimizerState.TryGetValue(RandomState, out var state)) random.set_rng_state(state);
    }

    private static void Load(nn.Module module, IReadOnlyDictionary<string, Tensor> weights, string prefix)
    {
        foreach (var (name, tensor) in module.state_dict())
        {
            tensor.copy_(Require(weights, prefix + name, tensor));
        }
    }

    /// <summary>The tensor <paramref name="name"/> of <paramref name="tensors"/>, which must have <paramref name="target"/>'s shape.</summary>
    internal static Tensor Require(IReadOnlyDictionary<string, Tensor> tensors, string name, Tensor target)
    {
        if (!tensors.TryGetValue(name, out var tensor))
            throw new InvalidDataException($"the checkpoint has no tensor '{name}': it was written by another composition.");
        if (!tensor.shape.SequenceEqual(target.shape))
            throw new InvalidDataException($"the checkpoint's tensor '{name}' has shape [{string.Join(", ", tensor.shape)}], the agent's [{string.Join(", ", target.shape)}]: it was written by another composition.");
        return tensor;
    }

    private static IEnumerable<(string Name, IOptimizerState Optimizer)> Optimizers(WorldModel model, IBehaviorLearner behavior)
    {
        yield return ("model", model.Optimizer);
        foreach (var named in behavior.Optimizers) yield return (named.Name, named.Optimizer);
    }
}
