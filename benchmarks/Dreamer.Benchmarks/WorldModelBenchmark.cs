using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// <c>world-model</c>: times world-model updates (dreamerv2.md §4, §6) at a preset's sizes: one loss pass (encoder and
/// decoder over all B·L frames, an L-step RSSM unroll), backward, clip, weight decay, Adam; reads the loss once.
/// </summary>
public static class WorldModelBenchmark
{
    public static UpdateTimings Run(BenchmarkArguments arguments)
    {
        manual_seed(0);
        var model = BenchmarkAgent.WorldModel(arguments.Preset);
        model.to(arguments.Device);
        var batch = BenchmarkAgent.RandomBatch(arguments.Preset, arguments.Length, arguments.Batch, arguments.Device);
        var description = $"world-model update, {arguments.Sizes}, device {arguments.Device}, threads {get_num_threads()}";
        return UpdateTimer.Run(arguments, description, _ =>
            string.Create(CultureInfo.InvariantCulture, $"model loss {model.Train(batch).Loss.Total.item<float>():F1}"));
    }
}
