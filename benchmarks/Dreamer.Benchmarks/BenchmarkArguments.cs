using System.Globalization;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// The options every mode takes: <c>--warmup N</c> untimed and <c>--updates N</c> timed updates, <c>--batch B</c>,
/// <c>--length L</c>, <c>--device cpu|cuda</c>. Defaults: the Atari preset (B = 16, L = 50) on the CPU.
/// </summary>
public sealed record BenchmarkArguments(int Warmup, int Updates, int Batch, int Length, Device Device)
{
    public const string Usage = "[--warmup N] [--updates N] [--batch B] [--length L] [--device cpu|cuda]";

    public static BenchmarkArguments Parse(string[] args) => new(
        Option(args, "--warmup", 2),
        Option(args, "--updates", 5),
        Option(args, "--batch", 16),
        Option(args, "--length", 50),
        new Device(Text(args, "--device") ?? "cpu"));

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Text(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
