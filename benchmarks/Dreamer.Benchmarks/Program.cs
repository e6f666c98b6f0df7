using System.Globalization;
using Dreamer.Benchmarks;
using Dreamer.Training.Native;
using TorchSharp;
using static TorchSharp.torch;

// Like the dreamer executable: the same C heap and OpenMP wait settings (NativeHeap, NativeThreads), and --libtorch DIR or DREAMER_LIBTORCH names an existing libtorch folder (docs/gpu.md).
NativeHeap.KeepFreedMemory();
NativeThreads.WaitPassively();                                                  // before libtorch loads
var libtorch = LibTorchFolder.Take(ref args);
if (libtorch is not null) LibTorchFolder.Load(libtorch);

Func<BenchmarkArguments, UpdateTimings>? mode = args.FirstOrDefault() switch
{
    "world-model" => WorldModelBenchmark.Run,
    "behavior" => BehaviorBenchmark.Run,
    "update" => FullUpdateBenchmark.Run,
    "profile" => ProfileBenchmark.Run,
    "limits" => LimitsBenchmark.Run,
    _ => null,
};
if (mode is null) return Usage(null);
BenchmarkArguments arguments;
try
{
    arguments = BenchmarkArguments.Parse(args[1..]);
}
catch (Exception exception) when (exception is ArgumentException or FormatException)
{
    return Usage(exception.Message);
}

if (arguments.Threads is { } threads) set_num_threads(threads);

// On CUDA the GPU's memory in use is sampled from before the first allocation to the end (GpuMemorySampler).
string? memoryNote = null;
using var memory = arguments.Device.type == DeviceType.CUDA
    ? GpuMemorySampler.TryStart(Math.Max(arguments.Device.index, 0), out memoryNote)
    : null;
var timings = mode(arguments);
if (memoryNote is not null) Console.WriteLine($"GPU memory: not measured ({memoryNote})");
if (memory is not null)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"GPU memory in use: peak {memory.Peak / 1048576.0:F0} MiB, {memory.Before / 1048576.0:F0} MiB before the run ({GpuMemorySampler.Source})"));
}
if (arguments.Json is not null)
{
    new BenchmarkReport(args[0], arguments.Device.ToString(), arguments.Batch, arguments.Length, arguments.Warmup, arguments.Updates,
        get_num_threads(), timings.Description, timings.Wall, timings.Cpu, memory?.Peak, memory?.Before,
        memory is not null ? GpuMemorySampler.Source : memoryNote ?? "not measured on the CPU").Write(arguments.Json);
    Console.WriteLine($"report written to {arguments.Json}");
}
return 0;

static int Usage(string? problem)
{
    if (problem is not null) Console.Error.WriteLine(problem);
    Console.Error.WriteLine($"usage: Dreamer.Benchmarks [--libtorch DIR] world-model|behavior|update|profile|limits {BenchmarkArguments.Usage}");
    return 2;
}
