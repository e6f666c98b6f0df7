using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of the commands that play a run's checkpoint (<c>eval</c>, <c>openloop</c>): the run and which checkpoint.</summary>
public abstract class CheckpointSettings : CommandSettings
{
    [CommandArgument(0, "<RUNDIR>")]
    [Description("The run folder whose checkpoint plays.")]
    public string RunDir { get; init; } = "";

    [CommandOption("--step <N>")]
    [Description("Use the checkpoint kept at agent step N (training.keep_checkpoints) instead of the last one.")]
    public long? Step { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the first evaluation environment (default: the run's seed + 104729); the others derive theirs from it.")]
    public int? Seed { get; init; }

    [CommandOption("--envs <N>")]
    [Description("Environments played at once with one batched policy call per step, each its share of the episodes (default 10; the first has the evaluation seed).")]
    public int Envs { get; init; } = 10;

    [CommandOption("--time-limit <N>")]
    [Description("Agent steps after which an episode is cut (default: the run's training.eval_time_limit; 0 plays episodes whole).")]
    public long? TimeLimit { get; init; }

    [CommandOption("--threads <N>")]
    [Description("libtorch CPU threads; default: the run's training.threads.")]
    public int? Threads { get; init; }

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];

    /// <summary>The greedy episodes the command plays.</summary>
    public abstract int EpisodesToPlay { get; }

    /// <summary>The environments played at once: <c>--envs</c>, at most one per episode.</summary>
    public int EnvironmentsToPlay => Math.Max(1, Math.Min(Envs, EpisodesToPlay));

    /// <summary>The checks of these arguments, then <paramref name="others"/>.</summary>
    protected ValidationResult ValidateWith(params ValidationResult[] others) => OptionRange.First(
        [OptionRange.AtLeast("--seed", Seed, 0), OptionRange.AtLeast("--step", Step, 1), OptionRange.AtLeast("--envs", Envs, 1), OptionRange.AtLeast("--time-limit", TimeLimit, 0), ThreadOption.Validate(Threads), .. others]);
}
