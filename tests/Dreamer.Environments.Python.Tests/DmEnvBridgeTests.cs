using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Conformance;
using Dreamer.Tests.Support;

namespace Dreamer.Environments.Python.Tests;

/// <summary><c>python.dm_env</c> on the numpy-only <c>DmStub</c>: its dict spec through vector keys, the discount flags, seeding through <c>{seed}</c>, conformance.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class DmEnvBridgeTests
{
    [Fact]
    public void TheVectorKeysConcatenateAndTheDiscreteSpecGivesTheActions()
    {
        using var env = new DmEnvEnvironment(Stub.Dm(), new EnvironmentContext(1));

        Assert.Equal(new BoxSpace([3], ElementType.Float32, -5, 5), env.ObservationSpace);
        Assert.Equal(new DiscreteSpace(4), env.ActionSpace);
        Assert.Matches(@"^python 3\.\d+\.\d+, numpy \d+\.\d+\.\d+, dm_env not imported$", env.Versions);
        Assert.Equal(["python", "numpy", "dm_env"], env.Libraries.Select(library => library.Key));
        Assert.Matches(@"^3\.\d+\.\d+$", env.Libraries[0].Value);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1", false)]
    [InlineData("0.5", false)]
    public void TheLastStepIsTerminalExactlyWhenItsDiscountIsZero(string discount, bool terminal)
    {
        using var env = new DmEnvEnvironment(Stub.Dm("length=3", $"final_discount={discount}"), new EnvironmentContext(1));

        var start = env.Reset();
        var steps = Enumerable.Range(0, 3).Select(_ => env.Step([2f])).ToList();

        Assert.Equal((0f, true, false, false), (start.Reward, start.IsFirst, start.IsLast, start.IsTerminal));
        Assert.Equal([false, false, true], steps.Select(step => step.IsLast));
        Assert.Equal([false, false, terminal], steps.Select(step => step.IsTerminal));
        Assert.All(steps, step => Assert.InRange(step.Reward, 2f, 3f));
    }

    [Fact]
    public void ItPassesTheEnvironmentConformanceChecksWithTheSeedPassedAsAKwarg()
    {
        var result = EnvironmentCheck.Run(context => new DmEnvEnvironment(Stub.Dm("seed={seed}"), context), steps: 200, seed: 2);

        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void WithoutASeedKwargTheEnvironmentKeepsItsOwnSeed()
    {
        var result = EnvironmentCheck.Run(context => new DmEnvEnvironment(Stub.Dm(), context), steps: 100, seed: 2);

        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.Single(result.Warnings);
    }
}
