using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer openloop</c>.</summary>
public sealed class OpenLoopSettings : CheckpointSettings
{
    [CommandOption("--episodes <N>")]
    [Description("Greedy episodes the checkpoint's policy plays; the sequences are drawn from them (default 20).")]
    public int Episodes { get; init; } = 20;

    [CommandOption("--sequences <N>")]
    [Description("Sequences to predict (default 256).")]
    public int Sequences { get; init; } = 256;

    [CommandOption("--context <N>")]
    [Description("Steps the posterior observes before the prior imagines (default 5).")]
    public int Context { get; init; } = 5;

    [CommandOption("--horizon <N>")]
    [Description("Steps imagined from the actions alone after the context (default 15, the imagination horizon H).")]
    public int Horizon { get; init; } = 15;

    [CommandOption("--json <FILE>")]
    [Description("Write the counts per channel and step to this JSON file (default with --step N: RUNDIR/eval/openloop-step-N.json).")]
    public string? Json { get; init; }

    public override int EpisodesToPlay => Episodes;

    public override ValidationResult Validate() => ValidateWith(
        OptionRange.AtLeast("--episodes", Episodes, 1), OptionRange.AtLeast("--sequences", Sequences, 1),
        OptionRange.AtLeast("--context", Context, 1), OptionRange.AtLeast("--horizon", Horizon, 1), OutputPath.File("--json", Json));
}
