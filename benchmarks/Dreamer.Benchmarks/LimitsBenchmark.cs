using System.Diagnostics;
using System.Globalization;
using Dreamer.Modules.Layers;
using Dreamer.Plugins.Vision;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// <c>limits</c>: what this machine's libtorch sustains, in GFLOP/s, with the same thread count as an update: a large
/// float32 matmul (2048 × 2048 × 2048), the dense shapes of the update (N = T·B and (H+1)·N rows), and each
/// convolution of the preset's image encoder and transposed convolution of its decoder at N = T·B images, forward and forward
/// with backward (2 multiply-add FLOPs each, backward counted as twice the forward; the input takes gradients), each
/// decoder layer also as <see cref="SubPixelConvolution"/> computes it. Medians over the timed repetitions.
/// </summary>
public static class LimitsBenchmark
{
    public static UpdateTimings Run(BenchmarkArguments arguments)
    {
        var device = arguments.Device;
        var preset = arguments.Preset;
        var frames = arguments.Batch * arguments.Length;
        Console.WriteLine($"limits, {arguments.Sizes}, device {device}, threads {get_num_threads()}, {arguments.Warmup} warm-up and {arguments.Updates} timed repetitions (median)");
        Console.WriteLine("| operation | shape | forward GFLOP/s | forward + backward GFLOP/s |");
        Console.WriteLine("|---|---|---:|---:|");
        var big = Matmul(arguments, 2048, 2048, 2048);
        Row("matmul", "2048 × 2048 · 2048 × 2048", big, null);
        var features = preset.Variables * preset.Classes + preset.Deter;
        foreach (var rows in new[] { frames, 16 * frames })
        {
            Row("matmul", $"{rows} × {features} · {features} × {preset.HeadUnits}", Matmul(arguments, rows, features, preset.HeadUnits), null);
        }
        Row("matmul", $"{frames / arguments.Length} × {preset.Hidden + preset.Deter} · {preset.Hidden + preset.Deter} × {3 * preset.Deter} (GRU step)",
            Matmul(arguments, arguments.Batch, preset.Hidden + preset.Deter, 3 * preset.Deter), null);

        if (preset.Grid) return new UpdateTimings($"limits, threads {get_num_threads()}", big, big);
        var channels = 1;
        var size = 64;
        var kernels = new ConvEncoderOptions().Kernels;
        for (var i = 0; i < kernels.Count; i++)
        {
            var output = preset.ConvDepth << i;
            var layer = nn.Conv2d(channels, output, kernels[i], stride: 2).to(device);
            var outSize = (size - kernels[i]) / 2 + 1;
            var flops = 2.0 * frames * outSize * outSize * output * channels * kernels[i] * kernels[i];
            var input = randn([frames, channels, size, size], device: device);
            Conv($"encoder conv {i + 1}", $"{frames} × {channels} × {size}² → {output} × {outSize}², k{kernels[i]} s2", layer, input, flops);
            channels = output;
            size = outSize;
        }
        var decoderKernels = new ConvDecoderOptions().Kernels;
        channels = 32 * preset.ConvDepth;
        size = 1;
        for (var i = 0; i < decoderKernels.Count; i++)
        {
            var output = i == decoderKernels.Count - 1 ? 1 : preset.ConvDepth << (decoderKernels.Count - i - 2);
            var layer = nn.ConvTranspose2d(channels, output, decoderKernels[i], stride: 2).to(device);
            var outSize = (size - 1) * 2 + decoderKernels[i];
            var flops = 2.0 * frames * size * size * channels * output * decoderKernels[i] * decoderKernels[i];
            var input = randn([frames, channels, size, size], device: device);
            Conv($"decoder transposed conv {i + 1}", $"{frames} × {channels} × {size}² → {output} × {outSize}², k{decoderKernels[i]} s2", layer, input, flops);
            Conv($"decoder transposed conv {i + 1}, as SubPixelConvolution", "the same", new Function(x => SubPixelConvolution.Transposed(x, layer.weight!, layer.bias, 2)), input, flops);
            channels = output;
            size = outSize;
        }
        return new UpdateTimings($"limits, threads {get_num_threads()}", big, big);

        void Conv(string name, string shape, nn.Module<Tensor, Tensor> layer, Tensor input, double flops)
        {
            var leaf = input.requires_grad_(true);
            var forward = Time(arguments, () => layer.forward(leaf));
            var both = Time(arguments, () => layer.forward(leaf).sum().backward());
            Row(name, shape, Rate(forward, flops), Rate(both, 3 * flops));
        }
    }

    /// <summary>A function as a module, for <c>Conv</c>.</summary>
    private sealed class Function(Func<Tensor, Tensor> function) : nn.Module<Tensor, Tensor>("function")
    {
        public override Tensor forward(Tensor input) => function(input);
    }

    private static TimingStatistics Matmul(BenchmarkArguments arguments, int rows, int inner, int columns)
    {
        var lhs = randn([rows, inner], device: arguments.Device);
        var rhs = randn([inner, columns], device: arguments.Device);
        return Rate(Time(arguments, () => lhs.matmul(rhs)), 2.0 * rows * inner * columns);
    }

    /// <summary>Wall times in ms, each repetition in its own dispose scope.</summary>
    private static List<double> Time(BenchmarkArguments arguments, Action work)
    {
        var times = new List<double>();
        for (var i = 0; i < arguments.Warmup + arguments.Updates; i++)
        {
            using var scope = NewDisposeScope();
            var clock = Stopwatch.StartNew();
            work();
            if (arguments.Device.type == DeviceType.CUDA) cuda.synchronize();
            if (i >= arguments.Warmup) times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    /// <summary>GFLOP/s of each time (median, p90 and min are of the rate).</summary>
    private static TimingStatistics Rate(List<double> milliseconds, double flops) =>
        TimingStatistics.Of(milliseconds.Select(ms => flops / 1e6 / ms).ToList());

    private static void Row(string name, string shape, TimingStatistics forward, TimingStatistics? both) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {shape} | {forward.Median:F1} | {(both is null ? "" : both.Median.ToString("F1", CultureInfo.InvariantCulture))} |"));
}
