using System.Diagnostics;
using System.Globalization;
using Dreamer.Environments.Rollout;

namespace Dreamer.Environments.MinAtar.Bench;

/// <summary>
/// Steps per second of each game and view under a uniform random policy on one thread, resetting at episode ends;
/// also reports the bytes allocated per step.
/// </summary>
internal static class ThroughputBenchmark
{
    public static void Run(double seconds, TextWriter output)
    {
        output.WriteLine("| game | view | steps/s | allocated bytes/step |");
        output.WriteLine("| --- | --- | ---: | ---: |");
        foreach (var key in GameCatalog.Keys)
        {
            foreach (var (name, options) in Views())
            {
                using var environment = GameCatalog.Create(key, options, seed: 1);
                Measure(environment, seconds / 10);
                var (rate, allocated) = Measure(environment, seconds);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {key} | {name} | {rate:N0} | {allocated:F2} |"));
            }
        }
    }

    private static IEnumerable<(string Name, MinAtarOptions Options)> Views()
    {
        yield return ("grid", new MinAtarOptions());
        yield return ("image gray", new MinAtarOptions { View = ObservationView.Image });
        yield return ("image color", new MinAtarOptions { View = ObservationView.Image, Palette = ImagePalette.Color });
    }

    private static (double StepsPerSecond, double BytesPerStep) Measure(MinAtarEnvironment environment, double seconds)
    {
        var policy = new RandomPolicy(environment.ActionSpace, seed: 2);
        environment.Reset();
        var steps = 0L;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var batch = 0; batch < 4096; batch++)
            {
                if (environment.Step(policy.Next()).IsLast)
                {
                    environment.Reset();
                }
            }

            steps += 4096;
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return (steps / elapsed, allocated / (double)steps);
    }
}
