using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer eval</c>.</summary>
public sealed class EvalSettings : CheckpointSettings
{
    [CommandOption("--episodes <N>")]
    [Description("Greedy episodes to play (default 10).")]
    public int Episodes { get; init; } = 10;

    [CommandOption("--json <FILE>")]
    [Description("Also write the result (checkpoint, agent step, every episode's return and length) to this JSON file (default with --step N: RUNDIR/eval/step-N.json).")]
    public string? Json { get; init; }

    [CommandOption("--gif <DIR>")]
    [Description("Save each episode as an animated GIF in this folder.")]
    public string? Gif { get; init; }

    public override int EpisodesToPlay => Episodes;

    public override ValidationResult Validate() => ValidateWith(
        OptionRange.AtLeast("--episodes", Episodes, 1), OutputPath.Folder("--gif", Gif), OutputPath.File("--json", Json));
}
