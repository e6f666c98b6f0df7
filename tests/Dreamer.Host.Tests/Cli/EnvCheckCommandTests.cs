using Dreamer.Environments.Conformance;
using Dreamer.Host.Cli;
using Dreamer.Host.Tests.Plugins;
using Dreamer.Tests.Support;

namespace Dreamer.Host.Tests.Cli;

/// <summary>
/// <c>dreamer env check</c> through the real command app: every built-in MinAtar game passes in both views, and a
/// broken environment (the test assembly's <see cref="BrokenEnvironment"/> added to the catalog, or a plugin folder's)
/// fails with one line per problem and exit code 1.
/// </summary>
public sealed class EnvCheckCommandTests
{
    private const string Broken = "test.broken: observation Box[4] UInt8 [0, 1], action Discrete(2), seed 0, 3000 steps a run\n";
    private const string StepAfterTheEnd = "Step after the last step of an episode returned a step instead of throwing InvalidOperationException";

    [Theory]
    [InlineData("minatar.asterix", "grid")]
    [InlineData("minatar.asterix", "image")]
    [InlineData("minatar.breakout", "grid")]
    [InlineData("minatar.breakout", "image")]
    [InlineData("minatar.freeway", "grid")]
    [InlineData("minatar.freeway", "image")]
    [InlineData("minatar.seaquest", "grid")]
    [InlineData("minatar.seaquest", "image")]
    [InlineData("minatar.space-invaders", "grid")]
    [InlineData("minatar.space-invaders", "image")]
    [InlineData("control.pendulum", "image")]
    [InlineData("control.pendulum", "vector")]
    public void EveryBuiltInEnvironmentPassesInEachViewWithTheDefaultSteps(string key, string view)
    {
        var (exitCode, output) = CommandLine.Run("env", "check", key, "--set", $"with.view={view}");

        Assert.True(exitCode == ExitCodes.Success, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{key}: observation Box[", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^passed: 3000 steps, [1-9]\d* episodes?; checked observation element type, size and bounds; ", lines[1]);
    }

    [Theory]
    [Trait(TestCategory.Name, TestCategory.Slow)]
    [InlineData("python.gymnasium", "GymStub", "with.kwargs=[terminate_at=7]", "Box[3] Float32 [-1, 1], action Discrete(3)")]
    [InlineData("python.dm_env", "DmStub", "with.kwargs=['seed={seed}']", "Box[3] Float32 [-5, 5], action Discrete(4)", "--set", "with.vector_keys=[position, velocity]")]
    public void APythonStubEnvironmentPassesThroughTheBridge(string key, string stub, string kwargs, string spaces, params string[] more)
    {
        var file = Path.Combine(RepositoryRoot.Path, "tests", "Dreamer.Environments.Python.Tests", "Stubs", "stub_envs.py");

        var (exitCode, output) = CommandLine.Run(["env", "check", key, "--steps", "300", "--set", "with.python=/usr/bin/python3",
            "--set", $"with.id={file}:{stub}", "--set", kwargs, .. more]);

        Assert.True(exitCode == ExitCodes.Success, output);
        Assert.StartsWith($"{key}: observation {spaces}, seed 0, 300 steps a run\npassed: 300 steps, ", output);
    }

    [Fact]
    public void AFreewayEpisodeLongerThanTheStepsFails()
    {
        var (exitCode, output) = CommandLine.Run("env", "check", "minatar.freeway", "--steps", "100");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("\nfail: no episode ended within 100 random steps; pass more steps or end episodes with a time limit\nfailed: 1 problem in 100 steps, 0 episodes\n", output);
    }

    [Fact]
    public void AnEnvironmentThatKeepsItsContractPasses()
    {
        var (exitCode, output) = Check();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(Broken + "passed: 3000 steps, 600 episodes; checked " + EnvironmentCheck.Checks + "\n", output);
    }

    [Theory]
    [InlineData("small_observation", "step 0's observation has 3 bytes, fewer than the 4 of Box[4] UInt8 [0, 1]")]
    [InlineData("float_observation", "step 0's observation holds 4 floats, but Box[4] UInt8 [0, 1] takes bytes only (Observation.FromBytes)")]
    [InlineData("first_on_step", "step 4 has IsFirst set, which only Reset may set")]
    [InlineData("reset_without_first", "Reset returned a step without IsFirst (step 0)")]
    [InlineData("out_of_bounds", "step 3's observation holds 2 at element 3, outside Box[4] UInt8 [0, 1]")]
    [InlineData("terminal_not_last", "step 2 is terminal but not last")]
    [InlineData("reward_on_reset", "Reset returned reward 1, expected 0 (step 0)")]
    [InlineData("steps_after_the_end", StepAfterTheEnd)]
    public void EachFaultFailsWithItsLine(string fault, string line)
    {
        var (exitCode, output) = Check("--set", $"with.{fault}=true");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal($"{Broken}fail: {line}\nfailed: 1 problem in 3000 steps, 600 episodes\n", output);
    }

    [Fact]
    public void EpisodesThatNeverEndFail()
    {
        var (exitCode, output) = Check("--set", "with.never_ends=true", "--steps", "50");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal(
            "test.broken: observation Box[4] UInt8 [0, 1], action Discrete(2), seed 0, 50 steps a run\n" +
            "fail: no episode ended within 50 random steps; pass more steps or end episodes with a time limit\n" +
            "failed: 1 problem in 50 steps, 0 episodes\n", output);
    }

    [Fact]
    public void AnExceptionOfStepEndsTheRunAsAProblem()
    {
        var (exitCode, output) = Check("--set", "with.throws_on_step=true");

        Assert.Equal(ExitCodes.Failure, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("fail: Step threw ArgumentException at step 3: the third step breaks", lines[1]);
        Assert.Equal("failed: 1 problem in 2 steps, 0 episodes", lines[^1]);
    }

    [Fact]
    public void UnseededRandomnessFailsAtTheFirstStepThatDiffers()
    {
        var (exitCode, output) = Check("--set", "with.unseeded=true");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Matches(
            @"^fail: two runs with seed 0 and the same actions differ at step \d+ \(reward [01], first False, last (True|False), terminal (True|False), observation sum \d against reward [01], .*\)$",
            output.Split('\n')[1]);
        Assert.EndsWith("\nfailed: 1 problem in 3000 steps, 600 episodes\n", output);
    }

    [Fact]
    public void AnEnvironmentThatIgnoresItsSeedPassesWithAWarning()
    {
        var (exitCode, output) = Check("--set", "with.ignores_seed=true", "--seed", "4");

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.StartsWith(
            "test.broken: observation Box[4] UInt8 [0, 1], action Discrete(2), seed 4, 3000 steps a run\n" +
            "warning: runs with seeds 4 and 5 and the same actions gave the same trajectory; the environment may ignore EnvironmentContext.Seed\n" +
            "passed: 3000 steps, 600 episodes; ", output);
    }

    [Fact]
    public void EveryProblemIsReportedInTheOrderFound()
    {
        var (exitCode, output) = Check("--set", "with.out_of_bounds=true", "--set", "with.reward_on_reset=true", "--set", "with.reset_without_first=true");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal(
            Broken +
            "fail: Reset returned a step without IsFirst (step 0)\n" +
            "fail: Reset returned reward 1, expected 0 (step 0)\n" +
            "fail: step 3's observation holds 2 at element 3, outside Box[4] UInt8 [0, 1]\n" +
            "failed: 3 problems in 3000 steps, 600 episodes\n", output);
    }

    [Fact]
    public void APluginFolderEnvironmentIsChecked()
    {
        var (exitCode, output) = CommandLine.Run("env", "check", "test.counter", "--plugins", TestPlugin.Folder(TestPlugin.Good), "--steps", "100");

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Equal(
            "test.counter: observation Box[1] Float32 [0, 10], action Discrete(1), seed 0, 100 steps a run\n" +
            $"fail: {StepAfterTheEnd}\n" +
            "warning: runs with seeds 0 and 1 and the same actions gave the same trajectory; the environment may ignore EnvironmentContext.Seed\n" +
            "failed: 1 problem in 100 steps, 10 episodes\n", output);
    }

    [Fact]
    public void AnUnknownKeyOrABadOptionIsBadInput()
    {
        var (exitCode, output) = CommandLine.Run("env", "check", "kl.balanced");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.StartsWith("error: 'kl.balanced' is not an environment (it does not implement IEnvironment); environments: control.pendulum, minatar.asterix, ", output);
        Assert.Equal((ExitCodes.InvalidInput, "--set: with.sticky: 2 is out of range; allowed: 0 to 1\n"),
            CommandLine.Run("env", "check", "minatar.breakout", "--set", "with.sticky=2"));
    }

    private static (int ExitCode, string Output) Check(params string[] args) =>
        CommandLine.Run(config => config.Settings.Registrar.RegisterInstance<HostServices>(new WithBrokenEnvironment()), ["env", "check", "test.broken", .. args]);
}
