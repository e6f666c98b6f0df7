using System.Globalization;
using Dreamer.Training.Loop;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// The options every mode takes: <c>--warmup N</c> untimed and <c>--updates N</c> timed updates, <c>--batch B</c>,
/// <c>--length L</c>, <c>--device cpu|cuda|cuda:N</c>, <c>--json FILE</c> for a machine-readable report. Defaults: the
/// Atari preset (B = 16, L = 50) on the CPU.
/// </summary>
public sealed record BenchmarkArguments(int Warmup, int Updates, int Batch, int Length, Device Device, string? Json)
{
    public const string Usage = "[--warmup N] [--updates N] [--batch B] [--length L] [--device cpu|cuda|cuda:N] [--json FILE]";

    public static BenchmarkArguments Parse(string[] args)
    {
        var known = new HashSet<string> { "--warmup", "--updates", "--batch", "--length", "--device", "--json" };
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!known.Contains(args[i]) || i + 1 >= args.Length)
                throw new ArgumentException($"unexpected argument '{args[i]}'; expected {Usage}");
        }
        var arguments = new BenchmarkArguments(
            Option(args, "--warmup", 2),
            Option(args, "--updates", 5),
            Option(args, "--batch", 16),
            Option(args, "--length", 50),
            TrainingDevice.Resolve(Text(args, "--device") ?? "cpu"),           // fails at once when CUDA is missing
            Text(args, "--json"));
        if (arguments.Warmup < 0 || arguments.Updates < 1 || arguments.Batch < 1 || arguments.Length < 2)
            throw new ArgumentException("--warmup ≥ 0, --updates ≥ 1, --batch ≥ 1 and --length ≥ 2 are required");
        return arguments;
    }

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Text(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
