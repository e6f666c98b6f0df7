using Dreamer.Abstractions.Environments;
using Dreamer.Tests.Support;

namespace Dreamer.Environments.Python.Tests;

/// <summary>
/// The <c>wrappers</c> option on the stubs of <c>Stubs/stub_wrappers.py</c>: each entry applied in order as
/// <c>callable(env, **kwargs)</c> right after the environment is made, its kwargs parsed as <c>kwargs</c> are, for both
/// kinds; a malformed entry refused in one line before the server starts.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class WrapperTests
{
    [Fact]
    public void AWrapperWithKwargsScalesTheRewardsTheBridgeReports()
    {
        var plain = Rewards(Stub.Gym());
        var scaled = Rewards(Stub.Gym() with { Wrappers = [$"{Stub.Wrappers}:ScaleReward(scale=2.5)"] });

        Assert.Equal(plain.Select(reward => 2.5f * reward), scaled, (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Fact]
    public void TwoWrappersApplyInTheOrderGiven()
    {
        var plain = Rewards(Stub.Gym());
        string[] scaleThenOffset = [$"{Stub.Wrappers}:ScaleReward(scale=2)", $"{Stub.Wrappers}:OffsetReward(offset=10)"];

        var first = Rewards(Stub.Gym() with { Wrappers = scaleThenOffset });
        var second = Rewards(Stub.Gym() with { Wrappers = [.. scaleThenOffset.Reverse()] });

        Assert.Equal(plain.Select(reward => 2 * reward + 10), first, (a, b) => Math.Abs(a - b) < 1e-4);
        Assert.Equal(plain.Select(reward => 2 * (reward + 10)), second, (a, b) => Math.Abs(a - b) < 1e-4);
    }

    [Fact]
    public void AWrapperThatChangesTheObservationChangesTheSpec()
    {
        using var plain = new GymnasiumEnvironment(Stub.Gym(), new EnvironmentContext(3));
        using var cropped = new GymnasiumEnvironment(
            Stub.Gym() with { Wrappers = [$" {Stub.Wrappers}:Crop( size = 2, label=first ) "] }, new EnvironmentContext(3));

        Assert.Equal(new BoxSpace([2], ElementType.Float32, -1, 1), cropped.ObservationSpace);
        Assert.Equal(plain.Reset().Observation.Floats[..2].ToArray(), cropped.Reset().Observation.Floats.ToArray());
    }

    [Fact]
    public void ADmEnvironmentIsWrappedTheSameWay()
    {
        using var plain = new DmEnvEnvironment(Stub.Dm("seed=4"), new EnvironmentContext(1));
        using var negated = new DmEnvEnvironment(Stub.Dm("seed=4") with { Wrappers = [$"{Stub.Wrappers}:DmScaleReward(scale=-1)"] }, new EnvironmentContext(1));
        plain.Reset();
        negated.Reset();

        Assert.Equal(-plain.Step([2f]).Reward, negated.Step([2f]).Reward);
    }

    [Theory]
    [InlineData("stub_wrappers.ScaleReward")]
    [InlineData("stub_wrappers:ScaleReward(scale)")]
    [InlineData("stub_wrappers:ScaleReward(scale=2")]
    [InlineData("stub_wrappers:1Scale")]
    public void AMalformedEntryIsRefusedInOneLineNamingItAndTheExpectedForm(string entry)
    {
        var options = Stub.Gym() with { Wrappers = [$"{Stub.Wrappers}:ScaleReward", entry] };

        var error = Assert.Throws<PythonEnvironmentException>(() => new GymnasiumEnvironment(options, new EnvironmentContext(1)));

        Assert.Equal($"wrappers: expected module:callable or path/to/file.py:callable, optionally followed by (key=value, ...), got '{entry}'", error.Message);
    }

    [Fact]
    public void AWrapperThatFailsIsReportedWithItsError()
    {
        var options = Stub.Gym() with { Wrappers = [$"{Stub.Wrappers}:Crop(size=2, label=3)"] };

        var error = Assert.Throws<PythonEnvironmentException>(() => new GymnasiumEnvironment(options, new EnvironmentContext(1)));

        Assert.StartsWith("the Python server refused HELLO: TypeError: label: expected a str, got int\n", error.Message);
    }

    private static List<float> Rewards(PythonEnvironmentOptions options)
    {
        using var env = new GymnasiumEnvironment(options, new EnvironmentContext(7));
        env.Reset();
        return [.. Enumerable.Range(0, 5).Select(i => env.Step([i % 3]).Reward)];
    }
}
