using System.ComponentModel;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Options of <c>dreamer components</c>.</summary>
public sealed class ComponentsSettings : CommandSettings
{
    /// <summary>Print JSON instead of text.</summary>
    [CommandOption("--json")]
    [Description("Print a machine-readable JSON document (sections and components) instead of text.")]
    public bool Json { get; init; }

    /// <summary>Plugin folders to load besides the built-in ones.</summary>
    [CommandOption("--plugins <DIR>")]
    [Description("A plugin folder (or a folder of plugin folders) to load besides the built-in plugins. May be repeated.")]
    public string[] Plugins { get; init; } = [];
}
