using System.Diagnostics;
using System.Text.Json.Nodes;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Rollout;
using Dreamer.Host.Matrix;
using Dreamer.Training.Replay;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer eval RUNDIR [--episodes N] [--envs N] [--step N] [--json FILE] [--gif DIR]</c>: plays greedy episodes (actor mode,
/// dreamerv2.md §5.7) with the run's newest checkpoint that loads (saying which and why), or the one kept at agent
/// step N, and prints mean return ± standard error and episode lengths. It writes every episode's return and length to
/// <c>--json FILE</c>, and for a kept checkpoint by default to the run's <c>eval/step-N.json</c>
/// (<see cref="CheckpointEvaluation"/>), where <c>matrix report --final-eval N</c> reads it; optionally saves each
/// episode as a GIF (runs on uint8 image observations only; vector observations have no frames to draw).
/// </summary>
public sealed class EvalCommand(HostServices services, IAnsiConsole console) : Command<EvalSettings>
{
    private const int GifScale = 4;

    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var opened = CheckpointRun.Open(services, settings, console);
            if (opened is null) return ExitCodes.InvalidInput;
            var (run, restored, folder) = (opened.Run, opened.Restored, opened.Folder);
            if (settings.Gif is not null && run.ObservationSpace is not BoxSpace { IsImage: true, ElementType: ElementType.UInt8 })
            {
                console.MarkupLineInterpolated($"[red]error:[/] --gif needs uint8 [[C, H, W]] observations; {folder.Root} observes {run.ObservationSpace.ToString()}.");
                return ExitCodes.InvalidInput;
            }
            var renderer = settings.Gif is null ? null : new FrameRenderer((BoxSpace)run.ObservationSpace, GifScale);
            var returns = new List<double>();
            var lengths = new List<int>();
            var clock = Stopwatch.StartNew();
            console.MarkupLineInterpolated($"evaluating {Path.GetFileName(restored.Folder)} of {folder.Root}: {settings.Episodes} greedy episodes in {settings.EnvironmentsToPlay} environments");
            foreach (var episode in opened.PlayGreedy(settings.Episodes, cancellationToken))
            {
                returns.Add(episode.Return);
                lengths.Add(episode.Length);
                if (renderer is null) continue;
                var path = Path.Combine(settings.Gif!, $"episode-{returns.Count:D3}.gif");
                Record(renderer, episode).SaveGif(path);
                console.MarkupLineInterpolated($"saved {path}");
            }
            var summary = new RolloutSummary(returns, lengths, clock.Elapsed);
            console.WriteLine(summary.Format());
            var json = settings.Json ?? (settings.Step is { } evaluatedStep ? CheckpointEvaluation.PathIn(folder.Root, evaluatedStep) : null);
            if (json is not null)
            {
                RolloutResultFile.Write(json, new Dictionary<string, JsonNode?>
                {
                    ["policy"] = "greedy",
                    ["run"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder.Root)),
                    ["checkpoint"] = Path.GetRelativePath(folder.Root, restored.Folder),
                    ["step"] = restored.Counters.Step,
                    ["updates"] = restored.Counters.Updates,
                    ["seed"] = opened.Seed,
                    ["envs"] = settings.EnvironmentsToPlay,
                    ["time_limit"] = opened.TimeLimit,
                }, summary);
                console.MarkupLineInterpolated($"wrote {json}");
            }
            return ExitCodes.Success;
        }
        catch (Exception exception) when (CommandFailure.IsBadInput(exception))
        {
            return CommandFailure.Report(console, exception);
        }
    }

    private static RecordedEpisode Record(FrameRenderer renderer, Episode episode)
    {
        var size = episode.ObservationSize;
        var frames = Enumerable.Range(0, episode.Rows)
            .Select(row => renderer.Render(Observation.FromBytes(episode.Observations.AsMemory(row * size, size))))
            .ToList();
        return new RecordedEpisode(frames, episode.Return, episode.Length);
    }
}
