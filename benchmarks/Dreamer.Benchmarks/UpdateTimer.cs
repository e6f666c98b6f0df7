using System.Diagnostics;
using System.Globalization;

namespace Dreamer.Benchmarks;

/// <summary>
/// Runs warm-up and timed updates, each in its own dispose scope, and prints the wall and process-CPU time of each
/// and their median and minimum. The update must read a result on the host so the time covers the whole computation.
/// </summary>
public static class UpdateTimer
{
    public static void Run(BenchmarkArguments arguments, Func<int, string> update)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < arguments.Warmup + arguments.Updates; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            string note;
            using (TorchSharp.torch.NewDisposeScope())
                note = update(i);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            var cpuElapsed = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            var warm = i >= arguments.Warmup;
            if (warm)
            {
                wall.Add(elapsed);
                cpu.Add(cpuElapsed);
            }
            Console.WriteLine(Invariant($"{(warm ? "update" : "warmup")} {i + 1}: {elapsed:F0} ms wall, {cpuElapsed:F0} ms CPU ({note})"));
        }
        Console.WriteLine(Invariant(
            $"wall: median {Median(wall):F0} ms, min {wall.Min():F0} ms; CPU: median {Median(cpu):F0} ms, min {cpu.Min():F0} ms over {wall.Count} updates"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
