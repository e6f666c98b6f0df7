using System.Globalization;
using System.Text.Json.Nodes;
using Dreamer.Abstractions.Environments;
using Dreamer.Host.Wiring;
using Dreamer.Modules.Layers;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Loop;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;
using Dreamer.Training.Update;
using Dreamer.Training.WorldModels;
using Spectre.Console;
using Spectre.Console.Cli;
using static TorchSharp.torch;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer openloop RUNDIR [--step N] [--episodes N] [--sequences N] [--context N] [--horizon N] [--json FILE]</c>:
/// what the world model of a run's checkpoint gets wrong, in numbers. The checkpoint's policy plays greedy episodes;
/// from them, sequences of context + horizon steps are drawn (each within one episode), the posterior observes the
/// context and the prior imagines the horizon from the actions alone (dreamerv2.md §2.2, §2.4), and every grid
/// channel's cells are counted (<see cref="OpenLoopAccuracy"/>): the recall (objects that are there and drawn) and the
/// precision (objects drawn that are there), observed and imagined, and per imagined step. Binary grids only
/// (MinAtar's grid view, <c>world_model.observation_scale: binary</c>).
/// </summary>
public sealed class OpenLoopCommand(HostServices services, IAnsiConsole console) : Command<OpenLoopSettings>
{
    private const int SequencesPerBatch = 16;

    public override int Execute(CommandContext context, OpenLoopSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var opened = CheckpointRun.Open(services, settings, console);
            if (opened is null) return ExitCodes.InvalidInput;
            var (run, restored, folder) = (opened.Run, opened.Restored, opened.Folder);
            var model = run.Agent.WorldModel;
            if (run.ObservationSpace is not BoxSpace { IsImage: true, ElementType: ElementType.UInt8 } || model.Options.ObservationScale != ObservationScale.Binary)
            {
                console.MarkupLineInterpolated($"[red]error:[/] openloop counts the cells of binary grids (uint8 [[C, H, W]] observations with world_model.observation_scale: binary, as MinAtar's grid view); {folder.Root} observes {run.ObservationSpace.ToString()} with observation_scale {model.Options.ObservationScale.ToString().ToLowerInvariant()}.");
                return ExitCodes.InvalidInput;
            }
            var length = settings.Context + settings.Horizon;
            var scratch = Directory.CreateTempSubdirectory("dreamer-openloop-").FullName;
            try
            {
                var store = new EpisodeStore(scratch, new ReplayOptions { Minlen = length, PrioritizeEnds = false });
                console.MarkupLineInterpolated($"world model of {Path.GetFileName(restored.Folder)} of {folder.Root}: {settings.Episodes} greedy episodes in {settings.EnvironmentsToPlay} environments, then {settings.Sequences} sequences of {settings.Context} observed + {settings.Horizon} imagined steps");
                var played = new List<int>();
                foreach (var episode in opened.PlayGreedy(settings.Episodes, cancellationToken))
                {
                    played.Add(episode.Length);
                    store.Add(episode);
                }
                if (store.Episodes.Count == 0)
                {
                    console.MarkupLineInterpolated($"[red]error:[/] none of the {played.Count} greedy episodes lasted {length} steps (the longest: {played.DefaultIfEmpty().Max()}); play more --episodes, or take a shorter --context or --horizon.");
                    return ExitCodes.InvalidInput;
                }
                var accuracy = Measure(run, store, settings, opened.Training.Precision, opened.Seed, cancellationToken);
                Print(accuracy);
                var json = settings.Json ?? (settings.Step is { } step ? Path.Combine(folder.Root, "eval", $"openloop-step-{step}.json") : null);
                if (json is not null)
                {
                    JsonResultFile.Write(json, Json(accuracy, folder, restored, opened.Seed, settings.EnvironmentsToPlay, played, store.Episodes.Count));
                    console.MarkupLineInterpolated($"wrote {json}");
                }
                return ExitCodes.Success;
            }
            finally
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
        catch (Exception exception) when (CommandFailure.IsBadInput(exception))
        {
            return CommandFailure.Report(console, exception);
        }
    }

    private static OpenLoopAccuracy Measure(TrainingRun run, EpisodeStore store, OpenLoopSettings settings, ComputePrecision precision, int seed, CancellationToken cancellation)
    {
        var agent = run.Agent;
        var length = settings.Context + settings.Horizon;
        var sampler = new SequenceSampler(store, seed, prioritizeEnds: false, minlen: length);
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, run.Device, precision);
        OpenLoopAccuracy? accuracy = null;
        for (var (done, index) = (0, 0L); done < settings.Sequences && !cancellation.IsCancellationRequested; index++)
        {
            using var scope = NewDisposeScope();
            var count = Math.Min(SequencesPerBatch, settings.Sequences - done);
            var sequences = new SequenceBatch(length, count, agent.Observation.Dimensions, agent.Action.Size, agent.Observation.ElementType);
            sampler.Fill(sequences, index);
            var (truth, prediction) = OpenLoopPrediction.Predict(agent.WorldModel, step, sequences, settings.Context); // [T, B, C, H, W]
            var measured = OpenLoopAccuracy.Measure(truth, prediction, settings.Context);
            accuracy = accuracy is null ? measured : accuracy.Add(measured);
            done += count;
        }
        return accuracy ?? throw new OperationCanceledException("stopped before any sequence was measured.");
    }

    private void Print(OpenLoopAccuracy accuracy)
    {
        var table = new Table().AddColumns("channel", "on, observed", "recall", "precision", "on, imagined", "recall", "precision", $"recall at step {accuracy.Length - accuracy.Context}");
        for (var c = 0; c < accuracy.Channels; c++)
        {
            var (observed, imagined, last) = (accuracy.Observed(c), accuracy.Imagined(c), accuracy.At(c, accuracy.Length - 1));
            table.AddRow(N(c), N(observed.Truth), Share(observed.Recall), Share(observed.Precision), N(imagined.Truth), Share(imagined.Recall), Share(imagined.Precision), Share(last.Recall));
        }
        console.Write(table);
        var byStep = Enumerable.Range(accuracy.Context, accuracy.Length - accuracy.Context)
            .Select(t => $"{t - accuracy.Context + 1}: {Share(accuracy.Step(t).Recall)}");
        console.WriteLine($"recall of every channel by imagined step ({N(accuracy.Sequences)} sequences): {string.Join(", ", byStep)}");
    }

    private static JsonObject Json(OpenLoopAccuracy accuracy, RunFolder folder, RestoredCheckpoint restored, int seed, int environments, IReadOnlyList<int> played, int used)
    {
        static JsonObject Counts(CellCounts counts) => new()
        {
            ["truth"] = counts.Truth,
            ["predicted"] = counts.Predicted,
            ["hit"] = counts.Hit,
            ["recall"] = counts.Recall,
            ["precision"] = counts.Precision,
        };
        var imagined = Enumerable.Range(accuracy.Context, accuracy.Length - accuracy.Context).ToList();
        var channels = Enumerable.Range(0, accuracy.Channels).Select(c => (JsonNode?)new JsonObject
        {
            ["channel"] = c,
            ["observed"] = Counts(accuracy.Observed(c)),
            ["imagined"] = Counts(accuracy.Imagined(c)),
            ["imagined_by_step"] = new JsonArray(imagined.Select(t => (JsonNode?)Counts(accuracy.At(c, t))).ToArray()),
        });
        return new JsonObject
        {
            ["run"] = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder.Root)),
            ["checkpoint"] = Path.GetRelativePath(folder.Root, restored.Folder),
            ["step"] = restored.Counters.Step,
            ["updates"] = restored.Counters.Updates,
            ["seed"] = seed,
            ["envs"] = environments,
            ["episodes_played"] = played.Count,
            ["episodes_used"] = used,
            ["mean_episode_length"] = played.Count == 0 ? null : played.Average(),
            ["sequences"] = accuracy.Sequences,
            ["context"] = accuracy.Context,
            ["horizon"] = accuracy.Length - accuracy.Context,
            ["threshold"] = 0.5,
            ["channels"] = new JsonArray(channels.ToArray()),
            ["imagined_by_step"] = new JsonArray(imagined.Select(t => (JsonNode?)Counts(accuracy.Step(t))).ToArray()),
        };
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Share(double? value) => value is { } share ? share.ToString("0.000", CultureInfo.InvariantCulture) : "—";
}
