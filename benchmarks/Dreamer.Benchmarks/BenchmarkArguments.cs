using System.Globalization;
using Dreamer.Training.Loop;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// The options every mode takes: <c>--preset atari|default|minatar</c> (network sizes, <see cref="BenchmarkPreset"/>),
/// <c>--warmup N</c> untimed and <c>--updates N</c> timed updates, <c>--batch B</c>, <c>--length L</c> (default: the
/// preset's), <c>--device cpu|cuda|cuda:N</c>, <c>--threads N</c> (libtorch's intra-op threads; default: what libtorch
/// chose), <c>--json FILE</c> for a machine-readable report. Defaults: the Atari preset (B = 16, L = 50) on the CPU.
/// </summary>
public sealed record BenchmarkArguments(
    BenchmarkPreset Preset, int Warmup, int Updates, int Batch, int Length, Device Device, int? Threads, string? Json)
{
    public const string Usage = "[--preset atari|default|minatar] [--warmup N] [--updates N] [--batch B] [--length L] [--device cpu|cuda|cuda:N] [--threads N] [--json FILE]";

    public static BenchmarkArguments Parse(string[] args)
    {
        var known = new HashSet<string> { "--preset", "--warmup", "--updates", "--batch", "--length", "--device", "--threads", "--json" };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!known.Contains(args[i]) || i + 1 >= args.Length)
                throw new ArgumentException($"unexpected argument '{args[i]}'; expected {Usage}");
        }
        var presetName = Text(args, "--preset") ?? "atari";
        var preset = BenchmarkPreset.Named(presetName)
            ?? throw new ArgumentException($"--preset '{presetName}': expected atari or default");
        var arguments = new BenchmarkArguments(
            preset,
            Option(args, "--warmup", 2),
            Option(args, "--updates", 5),
            Option(args, "--batch", preset.Batch),
            Option(args, "--length", preset.Length),
            TrainingDevice.Resolve(Text(args, "--device") ?? "cpu"),           // fails at once when CUDA is missing
            Text(args, "--threads") is null ? null : Option(args, "--threads", 1),
            Text(args, "--json"));
        if (arguments.Warmup < 0 || arguments.Updates < 1 || arguments.Batch < 1 || arguments.Length < 2 || arguments.Threads < 1)
            throw new ArgumentException("--warmup ≥ 0, --updates ≥ 1, --batch ≥ 1, --length ≥ 2 and --threads ≥ 1 are required");
        return arguments;
    }

    /// <summary>"B=16 L=50 64x64x1 A=18, Atari preset": the sizes a report names.</summary>
    public string Sizes => $"{Preset.Name} preset, B={Batch} L={Length} {Preset.ObservationName} A={Preset.Actions}";

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Text(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
