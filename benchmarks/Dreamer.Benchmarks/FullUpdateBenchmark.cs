using System.Diagnostics;
using System.Globalization;
using Dreamer.Host.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// <c>update</c>: times one full training update (dreamerv2.md §1 step 4) at the Atari preset: a world-model update on a
/// B × L batch, then a behavior update from its N = B·L detached posterior states (H = 15, A = 18). Reads the model
/// and actor losses once, after both; notes the world-model part's share.
/// </summary>
public static class FullUpdateBenchmark
{
    public static int Run(BenchmarkArguments arguments)
    {
        var (model, learner) = AtariAgent.OnDevice(arguments.Device);
        var imagination = new WorldModelImagination(model);
        var batch = AtariAgent.RandomBatch(arguments.Length, arguments.Batch, arguments.Device);
        Console.WriteLine($"full update (world model + behavior), Atari preset, B={arguments.Batch} L={arguments.Length} 64x64x1 A={AtariAgent.Actions} " +
                          $"H={learner.Options.Horizon}, device {arguments.Device}, threads {get_num_threads()}");
        UpdateTimer.Run(arguments, step =>
        {
            var clock = Stopwatch.StartNew();
            var world = model.Train(batch);
            var start = WorldModel.StartsFrom(world.Loss, batch);
            var synchronizing = world.Loss.Total.item<float>();
            var worldMilliseconds = clock.Elapsed.TotalMilliseconds;
            var behavior = learner.Train(imagination, start, step);
            return string.Create(CultureInfo.InvariantCulture,
                $"world model {worldMilliseconds:F0} ms, model loss {synchronizing:F1}, actor loss {behavior.ActorLoss.item<float>():F4}");
        });
        return 0;
    }
}
