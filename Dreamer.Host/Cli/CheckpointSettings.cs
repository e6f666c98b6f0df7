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
    [Description("Seed of the evaluation environment (default: the run's seed + 104729).")]
    public int? Seed { get; init; }

    [CommandOption("--threads <N>")]
    [Description("libtorch CPU threads; default: the run's training.threads.")]
    public int? Threads { get; init; }

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];

    /// <summary>The checks of these arguments, then <paramref name="others"/>.</summary>
    protected ValidationResult ValidateWith(params ValidationResult[] others) => OptionRange.First(
        [OptionRange.AtLeast("--seed", Seed, 0), OptionRange.AtLeast("--step", Step, 1), ThreadOption.Validate(Threads), .. others]);
}
