using Dreamer.Host.Cli;
using Dreamer.Host.Tests.Plugins;

namespace Dreamer.Host.Tests.Cli;

/// <summary><c>dreamer env rollout</c> through the real command app on the built-in MinAtar games.</summary>
public sealed class EnvRolloutCommandTests
{
    private const string Environments =
        "control.pendulum, minatar.asterix, minatar.breakout, minatar.freeway, minatar.seaquest, minatar.space-invaders, python.dm_env, python.gymnasium";

    [Fact]
    public void PrintsTheSummaryOfTheEpisodes()
    {
        var (exitCode, output) = CommandLine.Run("env", "rollout", "minatar.breakout", "--episodes", "3", "--seed", "1");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("minatar.breakout: observation Box[4×10×10] UInt8 [0, 1], action Discrete(6), policy random, seed 1", output);
        var summary = Assert.Single(output.Split('\n'), line => line.StartsWith("minatar.breakout  ", StringComparison.Ordinal));
        Assert.Matches(@"^minatar\.breakout  episodes 3  return \d+\.\d{3} ± \d+\.\d{3}  length \d+\.\d \[\d+, \d+\]  steps \d+  \d+ steps/s$", summary);
    }

    [Fact]
    public void JsonWritesEveryEpisodeBesideTheSummary()
    {
        var json = Path.Combine(Directory.CreateTempSubdirectory("dreamer-rollout-").FullName, "random.json");
        var (exitCode, output) = CommandLine.Run("env", "rollout", "minatar.breakout", "--episodes", "4", "--seed", "2", "--set", "with.minimal_actions=true", "--json", json);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains($"wrote {json}", output);
        using var result = System.Text.Json.JsonDocument.Parse(File.ReadAllText(json));
        var top = result.RootElement;
        Assert.Equal("random", top.GetProperty("policy").GetString());
        Assert.Equal("minatar.breakout", top.GetProperty("environment").GetString());
        Assert.Equal("with.minimal_actions=true", top.GetProperty("options")[0].GetString());
        Assert.Equal(2, top.GetProperty("seed").GetInt32());
        var returns = top.GetProperty("returns").EnumerateArray().Select(value => value.GetDouble()).ToList();
        var lengths = top.GetProperty("lengths").EnumerateArray().Select(value => value.GetInt32()).ToList();
        Assert.Equal(4, returns.Count);
        Assert.Equal(4, top.GetProperty("episodes").GetInt32());
        Assert.Equal(returns.Average(), top.GetProperty("mean_return").GetDouble(), 9);
        Assert.Equal(lengths.Average(), top.GetProperty("mean_length").GetDouble(), 9);
        Assert.Contains(FormattableString.Invariant($"return {returns.Average():F3}"), output);
        Directory.Delete(Path.GetDirectoryName(json)!, recursive: true);
    }

    [Fact]
    public void AnActionRepeatCountsAgentStepsAndSumsTheRewards()
    {
        var (exitCode, output) = CommandLine.Run("env", "rollout", "control.pendulum", "--episodes", "2", "--action-repeat", "2");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("policy random, seed 0, action repeat 2", output);
        var summary = Assert.Single(output.Split('\n'), line => line.StartsWith("control.pendulum  ", StringComparison.Ordinal));
        Assert.Contains("  length 500.0 [500, 500]  steps 1000  ", summary);
    }

    [Fact]
    public void AnActionRepeatBelowOneIsRefused()
    {
        var (exitCode, output) = CommandLine.Run("env", "rollout", "control.pendulum", "--action-repeat", "0");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("--action-repeat: 0 is not allowed; allowed: 1 or more", output);
    }

    [Fact]
    public void OptionsOverridesReachTheEnvironmentAndTheGifIsValid()
    {
        using var folder = new TemporaryFolder();
        var gif = Path.Combine(folder.Path, "breakout.gif");

        var (exitCode, output) = CommandLine.Run(
            "env", "rollout", "minatar.breakout", "--episodes", "2", "--set", "with.view=image", "--set", "with.max_steps=40", "--gif", gif);

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Contains("observation Box[1×64×64] UInt8 [0, 255]", output);
        Assert.Contains($"wrote {gif}: ", output);
        Assert.Contains(" frames of 256x256, ", output);
        var bytes = File.ReadAllBytes(gif);
        Assert.Equal("GIF89a"u8.ToArray(), bytes[..6]);
        Assert.Equal(0x3B, bytes[^1]);
    }

    [Fact]
    public void AnUnknownKeyListsTheEnvironments()
    {
        var (exitCode, output) = CommandLine.Run("env", "rollout", "minatar.pong");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal($"error: unknown component 'minatar.pong'; environments: {Environments}\n", output);
    }

    [Fact]
    public void AKeyThatIsNotAnEnvironmentListsTheEnvironments()
    {
        var (exitCode, output) = CommandLine.Run("env", "rollout", "kl.balanced");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal($"error: 'kl.balanced' is not an environment (it does not implement IEnvironment); environments: {Environments}\n", output);
    }

    [Fact]
    public void AnUnknownPolicyOrOptionIsAnError()
    {
        Assert.Equal((ExitCodes.InvalidInput, "error: unknown policy 'greedy'; allowed: random\n"),
            CommandLine.Run("env", "rollout", "minatar.breakout", "--policy", "greedy"));

        var (exitCode, output) = CommandLine.Run("env", "rollout", "minatar.breakout", "--set", "with.sticky=2");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Equal("--set: with.sticky: 2 is out of range; allowed: 0 to 1\n", output);
    }

    [Theory]
    [InlineData("small_observation", "step 0's observation has 3 bytes, fewer than the 4 of Box[4] UInt8 [0, 1]")]
    [InlineData("reset_without_first", "Reset returned a step without IsFirst (step 0)")]
    [InlineData("out_of_bounds", "step 3's observation holds 2 at element 3, outside Box[4] UInt8 [0, 1]")]
    public void AnEnvironmentThatBreaksItsContractIsRefusedWithOneLine(string fault, string line)
    {
        var (exitCode, output) = CommandLine.Run(
            config => config.Settings.Registrar.RegisterInstance<HostServices>(new WithBrokenEnvironment()),
            ["env", "rollout", "test.broken", "--episodes", "2", "--set", $"with.{fault}=true"]);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.EndsWith($"error: test.broken: {line}; `dreamer env check test.broken` runs every check of the environment contract\n", output);
    }
}
