using System.Diagnostics;
using System.Globalization;
using Dreamer.Training.WorldModels;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// <c>update</c>: times one full training update (dreamerv2.md §1 step 4) at a preset's sizes: a world-model update on a
/// B × L batch, then a behavior update from its N = B·L detached posterior states (H = 15). Reads the model
/// and actor losses once, after both; notes the world-model part's share.
/// </summary>
public static class FullUpdateBenchmark
{
    public static UpdateTimings Run(BenchmarkArguments arguments)
    {
        var (model, learner) = BenchmarkAgent.OnDevice(arguments.Preset, arguments.Device);
        var imagination = new WorldModelImagination(model);
        var batch = BenchmarkAgent.RandomBatch(arguments.Preset, arguments.Length, arguments.Batch, arguments.Device);
        var description = $"full update (world model + behavior), {arguments.Sizes} " +
                          $"H={learner.Options.Horizon}, device {arguments.Device}, threads {get_num_threads()}";
        // On the CPU the world-model part is timed on its own (reading its loss costs nothing there). On CUDA that read
        // would add a host round trip that training does not make, so the update is read once, at its end.
        var split = arguments.Device.type == DeviceType.CPU;
        return UpdateTimer.Run(arguments, description, step =>
        {
            var clock = Stopwatch.StartNew();
            var world = model.Train(batch);
            var start = WorldModel.StartsFrom(world.Loss, batch);
            var worldPart = "";
            if (split)
            {
                world.Loss.Total.item<float>();                                    // waits for the world-model part
                worldPart = string.Create(CultureInfo.InvariantCulture, $"world model {clock.Elapsed.TotalMilliseconds:F0} ms, ");
            }
            var behavior = learner.Train(imagination, start, step);
            return string.Create(CultureInfo.InvariantCulture,
                $"{worldPart}model loss {world.Loss.Total.item<float>():F1}, actor loss {behavior.ActorLoss.item<float>():F4}");
        });
    }
}
