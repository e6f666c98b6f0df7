using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>Arguments of <c>dreamer env rollout</c>.</summary>
public sealed class EnvRolloutSettings : EnvironmentCommandSettings
{
    [CommandOption("--policy <POLICY>")]
    [Description("The policy that acts: random (uniform over the action space).")]
    [DefaultValue("random")]
    public string Policy { get; init; } = "random";

    [CommandOption("--episodes <N>")]
    [Description("Number of episodes to play.")]
    [DefaultValue(10)]
    public int Episodes { get; init; } = 10;

    [CommandOption("--seed <S>")]
    [Description("Seed of the environment and of the policy.")]
    [DefaultValue(0)]
    public int Seed { get; init; }

    [CommandOption("--action-repeat <N>")]
    [Description("Repeat each action N times and sum the rewards, as training.action_repeat does, so the return and length compare with an agent trained at that repeat.")]
    [DefaultValue(1)]
    public int ActionRepeat { get; init; } = 1;

    [CommandOption("--json <FILE>")]
    [Description("Also write the result (every episode's return and length) to this JSON file.")]
    public string? Json { get; init; }

    [CommandOption("--gif <FILE>")]
    [Description("Also play one episode with the same seed and save it as an animated GIF (uint8 [[C, H, W]] observations only).")]
    public string? Gif { get; init; }

    public override ValidationResult Validate() => OptionRange.First(
        OptionRange.AtLeast("--episodes", Episodes, 1), OptionRange.AtLeast("--seed", Seed, 0),
        OptionRange.AtLeast("--action-repeat", ActionRepeat, 1), OutputPath.File("--gif", Gif), OutputPath.File("--json", Json));

    /// <summary>The policies <see cref="Policy"/> may name.</summary>
    public static IReadOnlyList<string> Policies { get; } = ["random"];
}
