using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// <c>world-model</c>: times world-model updates (dreamerv2.md §4, §6) at the Atari preset: one loss pass (encoder and
/// decoder over all B·L frames, a 50-step RSSM unroll), backward, clip, weight decay, Adam; reads the loss once.
/// </summary>
public static class WorldModelBenchmark
{
    public static UpdateTimings Run(BenchmarkArguments arguments)
    {
        manual_seed(0);
        var model = AtariAgent.WorldModel();
        model.to(arguments.Device);
        var batch = AtariAgent.RandomBatch(arguments.Length, arguments.Batch, arguments.Device);
        var description = $"world-model update, Atari preset, B={arguments.Batch} L={arguments.Length} 64x64x1 A={AtariAgent.Actions}, device {arguments.Device}, threads {get_num_threads()}";
        return UpdateTimer.Run(arguments, description, _ =>
            string.Create(CultureInfo.InvariantCulture, $"model loss {model.Train(batch).Loss.Total.item<float>():F1}"));
    }
}
