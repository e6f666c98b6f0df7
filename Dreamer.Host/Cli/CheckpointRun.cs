using Dreamer.Host.Wiring;
using Dreamer.Training.Acting;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Loop;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>
/// A run's agent, built for evaluation from its <c>resolved.yaml</c> and restored from the checkpoint
/// <see cref="CheckpointSettings"/> names: the newest that loads (its notes say which and why) or the one kept at
/// <c>--step N</c>. Disposing it disposes the agent and the environments.
/// </summary>
public sealed class CheckpointRun : IDisposable
{
    private CheckpointRun(RunFolder folder, TrainingRun run, RestoredCheckpoint restored, int seed, long timeLimit)
    {
        TimeLimit = timeLimit;
        Folder = folder;
        Run = run;
        Restored = restored;
        Seed = seed;
    }

    /// <summary>The run folder.</summary>
    public RunFolder Folder { get; }

    /// <summary>The agent and its evaluation environments.</summary>
    public TrainingRun Run { get; }

    /// <summary>The checkpoint restored.</summary>
    public RestoredCheckpoint Restored { get; }

    /// <summary>The evaluation seed: <c>--seed</c>, or the run's seed + <see cref="TrainingRun.EvalCommandSeedOffset"/>.</summary>
    public int Seed { get; }

    /// <summary>The agent steps after which an episode is cut: <c>--time-limit</c>, or the run's <c>training.eval_time_limit</c>; 0: none.</summary>
    public long TimeLimit { get; }

    /// <summary>The run's training options.</summary>
    public TrainingOptions Training => Run.Options;

    /// <summary>
    /// Builds and restores the run of <paramref name="settings"/>, printing the checkpoint's notes; null, with one error
    /// line printed, when the folder has no checkpoint to play (or none kept at <c>--step N</c>).
    /// </summary>
    public static CheckpointRun? Open(HostServices services, CheckpointSettings settings, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(console);
        var folder = new RunFolder(settings.RunDir);
        if (CheckpointChoice.Refusal(folder, settings.Step) is { } refusal)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {refusal}");
            return null;
        }
        var composition = services.LoadComposition(folder.Composition, [], settings.Plugins, HostServices.TrainingSlots);
        var training = composition.Section<TrainingOptions>();
        var seed = settings.Seed ?? training.Seed + TrainingRun.EvalCommandSeedOffset;
        var timeLimit = settings.TimeLimit ?? training.EvalTimeLimit;
        var run = TrainingRun.ForEvaluation(composition, services.Factory(), seed, settings.EnvironmentsToPlay, timeLimit, settings.Threads);
        try
        {
            var restored = settings.Step is { } keptStep
                ? run.RestoreKept(folder, keptStep)
                : run.Restore(folder) ?? throw new InvalidDataException($"{folder.Root} holds no checkpoint to evaluate (train it first).");
            foreach (var note in restored.Notes) console.Profile.Out.Writer.WriteLine(note);
            return new CheckpointRun(folder, run, restored, seed, timeLimit);
        }
        catch
        {
            run.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Plays <paramref name="episodes"/> greedy episodes (actor mode, dreamerv2.md §5.7) in the evaluation environments,
    /// each its share (<see cref="EpisodeQuota"/>), yielding each as it ends; stops early on a stop.
    /// </summary>
    public IEnumerable<Episode> PlayGreedy(int episodes, CancellationToken cancellation)
    {
        using var policy = Run.Policy();
        var agent = Run.Agent;
        var driver = new Driver(Run.EvalEnvironments, agent.Observation.Dimensions, agent.Action.Size, agent.Observation.ElementType);
        foreach (var episode in EpisodeQuota.Play(driver, (observations, first) => policy.Act(observations, first, sample: false), episodes, cancellation))
        {
            yield return episode;
        }
    }

    public void Dispose() => Run.Dispose();
}
