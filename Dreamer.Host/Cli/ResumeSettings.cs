using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer resume</c>.</summary>
public sealed class ResumeSettings : CommandSettings
{
    [CommandArgument(0, "<RUNDIR>")]
    [Description("The run folder to continue.")]
    public string RunDir { get; init; } = "";

    [CommandArgument(1, "[FILE]")]
    [Description("A composition to compare with the run's own; every difference is reported.")]
    public string? File { get; init; }

    [CommandOption("--use <WHICH>")]
    [Description("When FILE differs from the run: 'checkpoint' keeps the run's composition, 'file' continues with FILE.")]
    public string? Use { get; init; }

    [CommandOption("--set <PATH=VALUE>")]
    [Description("Overrides applied to FILE; repeatable.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--threads <N>")]
    [Description("libtorch CPU threads for this process, replacing the run's training.threads.")]
    public int? Threads { get; init; }

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];

    public override ValidationResult Validate() => ThreadOption.Validate(Threads);
}
