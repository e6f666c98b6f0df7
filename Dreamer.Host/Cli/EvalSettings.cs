using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer eval</c>.</summary>
public sealed class EvalSettings : CommandSettings
{
    [CommandArgument(0, "<RUNDIR>")]
    [Description("The run folder whose last checkpoint plays.")]
    public string RunDir { get; init; } = "";

    [CommandOption("--episodes <N>")]
    [Description("Greedy episodes to play (default 10).")]
    public int Episodes { get; init; } = 10;

    [CommandOption("--step <N>")]
    [Description("Play the checkpoint kept at agent step N (training.keep_checkpoints) instead of the last one.")]
    public long? Step { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Also write the result (checkpoint, agent step, every episode's return and length) to this JSON file (default with --step N: RUNDIR/eval/step-N.json).")]
    public string? Json { get; init; }

    [CommandOption("--gif <DIR>")]
    [Description("Save each episode as an animated GIF in this folder.")]
    public string? Gif { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the evaluation environment (default: the run's seed + 104729).")]
    public int? Seed { get; init; }

    [CommandOption("--threads <N>")]
    [Description("libtorch CPU threads; default: the run's training.threads.")]
    public int? Threads { get; init; }

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];

    public override ValidationResult Validate() => OptionRange.First(
        OptionRange.AtLeast("--episodes", Episodes, 1), OptionRange.AtLeast("--seed", Seed, 0), OptionRange.AtLeast("--step", Step, 1),
        ThreadOption.Validate(Threads), OutputPath.Folder("--gif", Gif), OutputPath.File("--json", Json));
}
