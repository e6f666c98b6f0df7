using System.Diagnostics;
using System.Globalization;

namespace Dreamer.Benchmarks;

/// <summary>
/// Runs warm-up and timed updates, each in its own dispose scope, and prints the wall and process-CPU time of each
/// and their median, 90th percentile and minimum. The update must read a result on the host so the time covers the
/// whole computation (on CUDA that read waits for the device).
/// </summary>
public static class UpdateTimer
{
    public static UpdateTimings Run(BenchmarkArguments arguments, string description, Func<int, string> update)
    {
        Console.WriteLine(description);
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
        var timings = new UpdateTimings(description, TimingStatistics.Of(wall), TimingStatistics.Of(cpu));
        Console.WriteLine(Invariant(
            $"wall: median {timings.Wall.Median:F1} ms, p90 {timings.Wall.P90:F1} ms, min {timings.Wall.Min:F1} ms; CPU: median {timings.Cpu.Median:F0} ms, min {timings.Cpu.Min:F0} ms over {wall.Count} updates"));
        return timings;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
