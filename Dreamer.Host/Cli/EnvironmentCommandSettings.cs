using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>The arguments every <c>dreamer env</c> command takes: the environment's key, its option overrides and plugin folders.</summary>
public abstract class EnvironmentCommandSettings : CommandSettings
{
    [CommandArgument(0, "<KEY>")]
    [Description("The component key of the environment, e.g. minatar.breakout.")]
    public string Key { get; init; } = "";

    [CommandOption("--set <PATH=VALUE>")]
    [Description("Overrides one option of the environment, e.g. with.view=image; repeatable.")]
    public string[] Set { get; init; } = [];

    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder to load besides the built-in plugins; repeatable.")]
    public string[] Plugins { get; init; } = [];
}
