using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Conformance;
using Dreamer.Tests.Support;

namespace Dreamer.Environments.Python.Tests;

/// <summary>
/// <c>python.gymnasium</c> on the numpy-only <c>GymStub</c> (which prints to stdout on construction, so every test
/// also checks that the server keeps stdout for frames): specs, conversions, flags, seeding and conformance.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class GymnasiumBridgeTests
{
    [Fact]
    public void AVectorEnvironmentHasAFloatBoxADiscreteActionAndReportsItsVersions()
    {
        using var env = new GymnasiumEnvironment(Stub.Gym(), new EnvironmentContext(1));

        Assert.Equal(new BoxSpace([3], ElementType.Float32, -1, 1), env.ObservationSpace);
        Assert.Equal(new DiscreteSpace(3), env.ActionSpace);
        Assert.Matches(@"^python 3\.\d+\.\d+, numpy \d+\.\d+\.\d+, gymnasium not imported$", env.Versions);
    }

    [Fact]
    public void AnHwcImageBecomesChwAndAGreyImageGetsOneChannel()
    {
        using var image = new GymnasiumEnvironment(Stub.Gym("obs=image"), new EnvironmentContext(1));
        using var grey = new GymnasiumEnvironment(Stub.Gym("obs=grey"), new EnvironmentContext(1));

        var pixels = image.Reset().Observation.Bytes.ToArray();

        Assert.Equal(new BoxSpace([3, 8, 6], ElementType.UInt8, 0, 255), image.ObservationSpace);
        Assert.Equal(new BoxSpace([1, 8, 6], ElementType.UInt8, 0, 255), grey.ObservationSpace);
        Assert.Equal(2 * 80 + 5 * 6 + 4, pixels[2 * 48 + 5 * 6 + 4]);
        Assert.Equal(7 * 6 + 1, grey.Reset().Observation.Bytes.Span[7 * 6 + 1]);
    }

    [Fact]
    public void TerminatedIsTerminalAndLastAndTruncatedIsLastOnly()
    {
        using var terminating = new GymnasiumEnvironment(Stub.Gym("terminate_at=3"), new EnvironmentContext(1));
        using var truncating = new GymnasiumEnvironment(Stub.Gym("length=4"), new EnvironmentContext(1));

        var start = terminating.Reset();
        var ended = Enumerable.Range(0, 3).Select(_ => terminating.Step([1f])).ToList();
        truncating.Reset();
        var truncated = Enumerable.Range(0, 4).Select(_ => truncating.Step([0f])).ToList();

        Assert.Equal((0f, true, false, false), (start.Reward, start.IsFirst, start.IsLast, start.IsTerminal));
        Assert.Equal([false, false, true], ended.Select(step => step.IsLast));
        Assert.Equal([false, false, true], ended.Select(step => step.IsTerminal));
        Assert.Equal([false, false, false, true], truncated.Select(step => step.IsLast));
        Assert.All(truncated, step => Assert.False(step.IsTerminal || step.IsFirst));
        Assert.Throws<InvalidOperationException>(() => truncating.Step([0f]));
    }

    [Fact]
    public void BoxActionsInMinusOneToOneAreRescaledToTheBoundsAndClipped()
    {
        using var env = new GymnasiumEnvironment(Stub.Gym("obs=echo", "action=box"), new EnvironmentContext(1));
        env.Reset();

        Assert.Equal(new BoxSpace([2], ElementType.Float32, -1, 1), env.ActionSpace);
        Assert.Equal([-2f, 6f], env.Step([-1f, 1f]).Observation.Floats.ToArray());
        Assert.Equal([0f, 2f], env.Step([0f, 0f]).Observation.Floats.ToArray());
        Assert.Equal([2f, -2f], env.Step([5f, -5f]).Observation.Floats.ToArray());
    }

    [Fact]
    public void TheSameSeedRepeatsTheTrajectoryAndAnotherIndexDiffers()
    {
        Assert.Equal(Trajectory(new EnvironmentContext(4)), Trajectory(new EnvironmentContext(4)));
        Assert.NotEqual(Trajectory(new EnvironmentContext(4)), Trajectory(new EnvironmentContext(4, 1)));
        Assert.NotEqual(Trajectory(new EnvironmentContext(4)), Trajectory(new EnvironmentContext(5)));
    }

    [Theory]
    [InlineData("vector")]
    [InlineData("image")]
    public void ItPassesTheEnvironmentConformanceChecks(string obs)
    {
        var result = EnvironmentCheck.Run(context => new GymnasiumEnvironment(Stub.Gym($"obs={obs}", "terminate_at=7"), context), steps: 200, seed: 2);

        Assert.True(result.Passed, string.Join("\n", result.Failures));
        Assert.True(result.Episodes >= 20, $"{result.Episodes} episodes");
    }

    [Theory]
    [InlineData("", new string[0], "observation keys: the observation is a dict with keys ['pixels', 'position']; set image_key or vector_keys")]
    [InlineData("pixels", new[] { "position" }, "observation keys: give image_key or vector_keys, not both (the dict has ['pixels', 'position'])")]
    [InlineData("depth", new string[0], "observation key 'depth': expected one of ['pixels', 'position'], not found")]
    public void ADictObservationNeedsExactlyOneOfTheKeyOptions(string imageKey, string[] vectorKeys, string message)
    {
        var options = Stub.Gym("obs=dict") with { ImageKey = imageKey, VectorKeys = vectorKeys };

        var error = Assert.Throws<PythonEnvironmentException>(() => new GymnasiumEnvironment(options, new EnvironmentContext(1)));

        Assert.Contains($"the Python server refused HELLO: SpecError: {message}\n", error.Message);
        Assert.Contains("Traceback", error.Message);
    }

    [Fact]
    public void ADictObservationGivesItsImageOrItsVectorKeys()
    {
        using var image = new GymnasiumEnvironment(Stub.Gym("obs=dict") with { ImageKey = "pixels" }, new EnvironmentContext(1));
        using var vector = new GymnasiumEnvironment(Stub.Gym("obs=dict") with { VectorKeys = ["position"] }, new EnvironmentContext(1));

        Assert.Equal(new BoxSpace([1, 4, 4], ElementType.UInt8, 0, 255), image.ObservationSpace);
        Assert.Equal(new BoxSpace([2], ElementType.Float32, -1, 1), vector.ObservationSpace);
        Assert.Equal(2, vector.Reset().Observation.Floats.Length);
    }

    [Fact]
    public void AnUnsupportedDtypeIsRefusedNamingTheExpectedAndTheActual()
    {
        var error = Assert.Throws<PythonEnvironmentException>(() => new GymnasiumEnvironment(Stub.Gym("obs=complex"), new EnvironmentContext(1)));

        Assert.Contains("SpecError: observation dtype: expected a numeric dtype (uint8, int, float, bool), got complex64", error.Message);
    }

    private static List<string> Trajectory(EnvironmentContext context)
    {
        using var env = new GymnasiumEnvironment(Stub.Gym(), context);
        var steps = new List<TimeStep> { env.Reset() };
        steps.AddRange(Enumerable.Range(0, 4).Select(i => env.Step([i % 3])));
        return [.. steps.Select(step => $"{step.Reward} {string.Join(",", step.Observation.Floats.ToArray())}")];
    }
}
