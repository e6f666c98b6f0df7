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
    [Description("Overrides applied to FILE, or without FILE to the run's own composition (each difference is listed, then training continues with it); repeatable.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--device <DEVICE>")]
    [Description("Shorthand for --set training.device=DEVICE: continue on cpu, cuda or cuda:N.")]
    public string? Device { get; init; }

    [CommandOption("--threads <N>")]
    [Description("libtorch CPU threads for this process, replacing the run's training.threads.")]
    public int? Threads { get; init; }

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];

    [CommandOption(MemoryCheck.SkipOption)]
    [Description(MemoryCheck.SkipDescription)]
    public bool NoMemoryCheck { get; init; }

    /// <summary>What <see cref="Use"/> may name.</summary>
    public static IReadOnlyList<string> UseChoices { get; } = ["checkpoint", "file"];

    public override ValidationResult Validate()
    {
        var use = OptionRange.OneOf("--use", Use, UseChoices);
        if (!use.Successful) return use;
        if (Use is not null && File is null) return ValidationResult.Error($"--use {Use}: needs a FILE to choose between; without FILE the run's composition is used");
        return ThreadOption.Validate(Threads);
    }

    /// <summary>The <c>--set</c> overrides followed by the one <c>--device</c> stands for.</summary>
    public IReadOnlyList<string> Overrides() => [.. Set, .. Device is null ? [] : new[] { $"training.device={Device}" }];
}
