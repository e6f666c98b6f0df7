using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer validate</c>.</summary>
public sealed class ValidateSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The composition file to check.")]
    public string File { get; init; } = "";

    [CommandOption("--set <PATH=VALUE>")]
    [Description("Overrides one value, e.g. kl.with.alpha=0.5; repeatable, applied in order after the file and its presets.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];

    [CommandOption(MemoryCheck.SkipOption)]
    [Description(MemoryCheck.SkipDescription)]
    public bool NoMemoryCheck { get; init; }
}
