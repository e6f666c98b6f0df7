using System.Globalization;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// <c>behavior</c>: times <c>behavior.actor-critic</c> updates (dreamerv2.md §5, §6) at a preset's sizes through the
/// real world model's imagination: N = B·L starts from one posterior pass, H = 15 (at the Atari preset F = 1624, A = 18,
/// 4 × 400 actor and critic), REINFORCE gradient. One update = imagine, heads and slow critic over (H+1)·N states, λ-returns, actor step,
/// critic step, slow-target check; reads the actor loss once.
/// </summary>
public static class BehaviorBenchmark
{
    public static UpdateTimings Run(BenchmarkArguments arguments)
    {
        var (model, learner) = BenchmarkAgent.OnDevice(arguments.Preset, arguments.Device);
        var start = BenchmarkAgent.Starts(model, BenchmarkAgent.RandomBatch(arguments.Preset, arguments.Length, arguments.Batch, arguments.Device));
        var imagination = new WorldModelImagination(model);
        var description = $"behavior update, {arguments.Preset.Name} preset, N={start.IsTerminal.shape[0]} H={learner.Options.Horizon} F={model.Rssm.FeatureSize} A={arguments.Preset.Actions}, " +
                          $"device {arguments.Device}, threads {get_num_threads()}";
        return UpdateTimer.Run(arguments, description, step =>
            string.Create(CultureInfo.InvariantCulture, $"actor loss {learner.Train(imagination, start, step).ActorLoss.item<float>():F4}"));
    }
}
