using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer env check</c>.</summary>
public sealed class EnvCheckSettings : EnvironmentCommandSettings
{
    [CommandOption("--steps <N>")]
    [Description("Random steps of each run; at least one episode must end within them.")]
    [DefaultValue(3000)]
    public int Steps { get; init; } = 3000;

    [CommandOption("--seed <S>")]
    [Description("Seed of the environment and of the random actions; the seed check also uses S + 1.")]
    [DefaultValue(0)]
    public int Seed { get; init; }

    public override ValidationResult Validate() =>
        OptionRange.First(OptionRange.AtLeast("--steps", Steps, 1), OptionRange.AtLeast("--seed", Seed, 0));
}
