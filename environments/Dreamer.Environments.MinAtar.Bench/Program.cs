using System.Diagnostics;
using System.Globalization;
using Dreamer.Environments.MinAtar;
using Dreamer.Environments.MinAtar.Bench;
using Dreamer.Environments.Rollout;
using Dreamer.Abstractions.Environments;

var arguments = BenchArguments.Parse(args);
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}

if (arguments.Rollout is null)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"MinAtar throughput, one core, random policy, {arguments.Seconds:F1} s per row"));
    ThroughputBenchmark.Run(arguments.Seconds, Console.Out);
    return 0;
}

var options = new MinAtarOptions { Sticky = arguments.Sticky, MaxSteps = arguments.MaxSteps };
using (var environment = GameCatalog.Create(arguments.Rollout, options, arguments.Seed))
{
    var summary = RolloutRunner.Run(environment, arguments.Episodes, arguments.Seed, finished =>
    {
        if (finished % Math.Max(1, arguments.Episodes / 10) == 0)
        {
            Console.Error.Write($"\r{finished}/{arguments.Episodes} episodes");
        }
    });
    Console.Error.WriteLine();
    Console.WriteLine($"{arguments.Rollout}  {summary.Format()}");
}

if (arguments.Gif is not null)
{
    using var environment = GameCatalog.Create(arguments.Rollout, options, arguments.Seed);
    var renderer = new FrameRenderer((BoxSpace)environment.ObservationSpace, scale: 16, ChannelPalette.Cubehelix(environment.Channels));
    var episode = EpisodeRecorder.Record(environment, renderer, arguments.Seed, maxFrames: 300);
    episode.SaveGif(arguments.Gif);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"wrote {arguments.Gif}: {episode.Frames.Count} frames of {renderer.Width}x{renderer.Height}, episode return {episode.Return}, length {episode.Length}, {new FileInfo(arguments.Gif).Length} bytes"));
}

return 0;
