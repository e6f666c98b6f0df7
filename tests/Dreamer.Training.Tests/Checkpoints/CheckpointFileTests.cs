using System.Collections;
using Dreamer.Plugins.Behavior;
using Dreamer.Tests.Support;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Loop;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Checkpoints;

/// <summary>
/// The checkpoint files of the tiny agent read back as PyTorch's <c>torch.load(weights_only=True)</c> reads them: a
/// state dictionary of plain tensors (through TorchSharp.PyBridge's unpickler, which reads PyTorch's zip format;
/// Debian's python3-torch is not installed on these machines).
/// </summary>
public sealed class CheckpointFileTests : IDisposable
{
    private readonly string run = Directory.CreateTempSubdirectory("dreamer-ckpt-file-").FullName;

    public void Dispose() => Directory.Delete(run, recursive: true);

    [Fact]
    public void OptimizerMomentsAreKeyedByTheNamesOfTheParametersTheyTrain()
    {
        using var agent = TinyAgent.Build();
        var behavior = (ActorCritic)agent.Behavior;

        var optimizers = ReadStateDictionary(Save(agent), "optimizers.pt");

        var expected = Moments("model", agent.WorldModel)
            .Concat(Moments("actor", behavior.Actor))
            .Concat(Moments("critic", behavior.Critic))
            .Concat(["model.step", "actor.step", "critic.step", "random.torch"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), optimizers.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("model.rssm.cell.norm.weight.exp_avg_sq", optimizers.Keys);
    }

    [Fact]
    public void WeightsHoldEveryParameterOnce()
    {
        using var agent = TinyAgent.Build();

        var weights = ReadStateDictionary(Save(agent), "weights.pt");

        var parameters = agent.WorldModel.parameters().Concat(agent.BehaviorModule.parameters()).DistinctBy(parameter => parameter.Handle).ToList();
        var buffers = agent.WorldModel.buffers().Concat(agent.BehaviorModule.buffers()).DistinctBy(buffer => buffer.Handle).ToList();
        Assert.Equal(parameters.Sum(p => p.numel()) + buffers.Sum(b => b.numel()), weights.Values.Sum(tensor => tensor.numel()));
        Assert.Equal(NetworkSummary.Of(agent.WorldModel).Total, weights.Where(pair => pair.Key.StartsWith("world_model.", StringComparison.Ordinal)).Sum(pair => pair.Value.numel()));
        Assert.Equal(1, weights.Keys.Count(key => key.EndsWith(".cell.norm.weight", StringComparison.Ordinal)));
    }

    [Fact]
    public void ACheckpointFileReloadsTheMomentsIntoAFreshAgent()
    {
        using var saved = TinyAgent.Build();
        var expected = FillMoments(saved);
        var folder = Save(saved);
        using var fresh = TinyAgent.Build();

        AgentCheckpoint.Restore(CheckpointStore.Load(folder), fresh.WorldModel, fresh.Behavior);

        Assert.Equal(expected, MomentValues(fresh));
    }

    [Fact]
    public void ACheckpointFileOfThePositionalLayoutStillLoads()
    {
        using var saved = TinyAgent.Build();
        var expected = FillMoments(saved);
        var content = AgentCheckpoint.Capture(saved.WorldModel, saved.Behavior, new TrainingCounters { Updates = 1 }, "composition: tiny\n");
        var old = content.OptimizerState.Where(pair => pair.Key == "random.torch").ToDictionary();
        foreach (var (name, optimizer) in Optimizers(saved))
        {
            var states = optimizer.StateTensors();
            for (var i = 0; i < states.Count / 2; i++)
            {
                old[$"{name}.m.{i}"] = states[2 * i].Value;
                old[$"{name}.v.{i}"] = states[2 * i + 1].Value;
            }
        }
        var folder = new CheckpointStore(run).Save(content with { OptimizerState = old });
        using var fresh = TinyAgent.Build();

        AgentCheckpoint.Restore(CheckpointStore.Load(folder), fresh.WorldModel, fresh.Behavior);

        Assert.Equal(expected, MomentValues(fresh));
    }

    private static IEnumerable<(string Name, Abstractions.Behavior.IOptimizerState Optimizer)> Optimizers(BuiltAgent agent) =>
        agent.Behavior.Optimizers.Select(named => (named.Name, named.Optimizer)).Prepend(("model", agent.WorldModel.Optimizer));

    private static List<float[]> FillMoments(BuiltAgent agent)
    {
        using (no_grad())
        {
            foreach (var (_, optimizer) in Optimizers(agent))
            {
                foreach (var (_, state) in optimizer.StateTensors()) state.copy_(rand_like(state));
            }
        }
        return MomentValues(agent);
    }

    private static List<float[]> MomentValues(BuiltAgent agent) =>
        Optimizers(agent).SelectMany(pair => pair.Optimizer.StateTensors()).Select(pair => pair.Value.data<float>().ToArray()).ToList();

    private string Save(BuiltAgent agent)
    {
        var content = AgentCheckpoint.Capture(agent.WorldModel, agent.Behavior, new TrainingCounters { Updates = 1 }, "composition: tiny\n");
        return new CheckpointStore(run).Save(content);
    }

    private static IEnumerable<string> Moments(string optimizer, nn.Module module) =>
        module.named_parameters().SelectMany(pair => new[] { $"{optimizer}.{pair.name}.exp_avg", $"{optimizer}.{pair.name}.exp_avg_sq" });

    private static Dictionary<string, Tensor> ReadStateDictionary(string folder, string file)
    {
        using var stream = File.OpenRead(Path.Combine(folder, file));
        var table = PyTorchUnpickler.UnpickleStateDict(stream);
        return table.Cast<DictionaryEntry>().ToDictionary(entry => (string)entry.Key, entry => (Tensor)entry.Value!);
    }
}
