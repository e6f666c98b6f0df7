using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer train</c>.</summary>
public sealed class TrainSettings : CommandSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("The composition to train; default: compositions/default.yaml (MinAtar Breakout, a small model for the CPU).")]
    public string? File { get; init; }

    [CommandOption("--set <PATH=VALUE>")]
    [Description("Overrides one value, e.g. training.steps=20000; repeatable.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--device <DEVICE>")]
    [Description("Shorthand for --set training.device=DEVICE: cpu, cuda or cuda:N.")]
    public string? Device { get; init; }

    [CommandOption("--threads <N>")]
    [Description("Shorthand for --set training.threads=N: libtorch CPU threads; default: the cores this process may use.")]
    public int? Threads { get; init; }

    [CommandOption("--seed <SEED>")]
    [Description("Shorthand for --set training.seed=SEED: the seed of every random source of the run (0 or more).")]
    public int? Seed { get; init; }

    [CommandOption("--steps <N>")]
    [Description("Shorthand for --set training.steps=N: the run's total agent steps (1 or more).")]
    public long? Steps { get; init; }

    [CommandOption("--run-dir <DIR>")]
    [Description("The run folder; default: a new folder under runs/ named after the time and the environment.")]
    public string? RunDir { get; init; }

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];

    [CommandOption(MemoryCheck.SkipOption)]
    [Description(MemoryCheck.SkipDescription)]
    public bool NoMemoryCheck { get; init; }

    public override ValidationResult Validate() => OptionRange.First(
        ThreadOption.Validate(Threads), OptionRange.AtLeast("--seed", Seed, 0), OptionRange.AtLeast("--steps", Steps, 1));

    /// <summary>The <c>--set</c> overrides followed by those the shorthand options stand for, as <c>resolved.yaml</c> records them.</summary>
    public IReadOnlyList<string> Overrides() =>
    [
        .. Set,
        .. Device is null ? [] : new[] { $"training.device={Device}" },
        .. Threads is null ? [] : new[] { $"training.threads={Threads}" },
        .. Seed is null ? [] : new[] { $"training.seed={Seed}" },
        .. Steps is null ? [] : new[] { $"training.steps={Steps}" },
    ];
}
