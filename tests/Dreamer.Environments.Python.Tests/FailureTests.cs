using System.Diagnostics;
using Dreamer.Abstractions.Environments;
using Dreamer.Tests.Support;

namespace Dreamer.Environments.Python.Tests;

/// <summary>
/// A killed or hung interpreter ends the episode as last but not terminal with the last good observation, the next
/// reset starts a fresh server, and past max_restarts the environment throws one clear line.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class FailureTests
{
    [Fact]
    public void AKilledInterpreterEndsTheEpisodeCleanlyAndTheNextResetStartsAFreshServer()
    {
        using var env = new GymnasiumEnvironment(Stub.Gym("length=50"), new EnvironmentContext(1));
        env.Reset();
        env.Step([1f]);
        var good = env.Step([2f]);
        var pid = env.ProcessId!.Value;
        using (var child = Process.GetProcessById(pid))
        {
            child.Kill();
            child.WaitForExit();
        }

        var ended = env.Step([1f]);

        Assert.Equal((false, true, false, 0f), (ended.IsFirst, ended.IsLast, ended.IsTerminal, ended.Reward));
        Assert.Equal(good.Observation.Floats.ToArray(), ended.Observation.Floats.ToArray());
        Assert.Throws<InvalidOperationException>(() => env.Step([1f]));
        Assert.True(env.Reset().IsFirst);
        Assert.NotEqual(pid, env.ProcessId);
        Assert.False(env.Step([0f]).IsLast);
    }

    [Fact]
    public void AHungInterpreterHitsTheTimeoutAndIsReplaced()
    {
        using var env = new GymnasiumEnvironment(Stub.Gym("hang_at=2") with { Timeout = 3 }, new EnvironmentContext(1));
        env.Reset();
        env.Step([0f]);
        var pid = env.ProcessId!.Value;
        var clock = Stopwatch.StartNew();

        var ended = env.Step([0f]);

        Assert.InRange(clock.Elapsed.TotalSeconds, 2.9, 20);
        Assert.Equal((true, false), (ended.IsLast, ended.IsTerminal));
        Assert.True(env.Reset().IsFirst);
        Assert.NotEqual(pid, env.ProcessId);
    }

    [Fact]
    public void PastMaxRestartsTheEnvironmentThrowsOneClearLine()
    {
        using var env = new GymnasiumEnvironment(Stub.Gym("crash_at=1") with { MaxRestarts = 1 }, new EnvironmentContext(1));
        env.Reset();
        Assert.True(env.Step([0f]).IsLast);
        env.Reset();

        var error = Assert.Throws<PythonEnvironmentException>(() => env.Step([0f]));

        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith("python.gymnasium: the Python server failed 2 times, more than max_restarts = 1; last: the Python server ended during STEP (exit code 3); command: /usr/bin/python3 -u ", error.Message);
    }

    [Fact]
    public void AMissingInterpreterIsNamed()
    {
        var error = Assert.Throws<PythonEnvironmentException>(() =>
            new GymnasiumEnvironment(Stub.Gym() with { Python = "/nonexistent/python3" }, new EnvironmentContext(1)));

        Assert.StartsWith("cannot start the Python interpreter '/nonexistent/python3': ", error.Message);
    }
}
