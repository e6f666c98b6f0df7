using System.Diagnostics;
using System.Globalization;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar;
using Dreamer.Environments.MinAtar.Bench;
using Dreamer.Environments.Rollout;

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
    RecordedEpisode? best = null;
    for (var candidate = 0; candidate < 20; candidate++)
    {
        using var environment = GameCatalog.Create(arguments.Rollout, options, arguments.Seed + candidate);
        var renderer = new FrameRenderer((BoxSpace)environment.ObservationSpace, scale: 16, ChannelPalette.Cubehelix(environment.Channels));
        var episode = EpisodeRecorder.Record(environment, renderer, arguments.Seed + candidate, maxFrames: 300);
        if (best is null || (episode.Return, episode.Length).CompareTo((best.Return, best.Length)) > 0)
        {
            best = episode;
        }
    }

    best!.SaveGif(arguments.Gif);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"wrote {arguments.Gif}: best of 20 seeded random episodes, {best.Frames.Count} frames of {best.Frames[0].Width}x{best.Frames[0].Height}, return {best.Return}, length {best.Length}, {new FileInfo(arguments.Gif).Length} bytes"));
}

return 0;
