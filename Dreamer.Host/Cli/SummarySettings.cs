using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer summary</c>.</summary>
public sealed class SummarySettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The composition file whose networks to build and summarise.")]
    public string File { get; init; } = "";

    [CommandOption("--set <PATH=VALUE>")]
    [Description("Overrides one value, e.g. environment.with.view=image; repeatable, applied in order after the file and its presets.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];
}
