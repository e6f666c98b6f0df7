using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Wrappers;
using Dreamer.Tests.Support;

namespace Dreamer.Environments.Python.Tests;

/// <summary>
/// <see cref="IPipelinedEnvironment"/> on the bridge: the copies of <c>training.envs</c>, each in its own server and
/// behind the host's wrappers, step at the same time. <c>GymStub</c>'s barrier lets a step finish only when every
/// server has begun it.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class PipelinedStepTests : IDisposable
{
    private const int Parties = 3;
    private readonly string barrier = Directory.CreateTempSubdirectory("dreamer-barrier-").FullName;

    public void Dispose() => Directory.Delete(barrier, recursive: true);

    [Fact]
    public void ServersWhoseStepsAllBeginBeforeAnyEndStepTogether()
    {
        var environments = Wrapped("barrier_timeout=20");
        try
        {
            foreach (var environment in environments) Assert.True(environment.Reset().IsFirst);
            for (var step = 1; step <= 4; step++)
            {
                foreach (var environment in environments) environment.BeginStep([0f, 1f, 0f]);
                var steps = environments.Select(environment => environment.EndStep()).ToList();
                Assert.All(steps, s => Assert.False(s.IsLast));
                Assert.Equal(Parties * step, Directory.GetFiles(barrier).Length);
            }
        }
        finally
        {
            foreach (var environment in environments) environment.Dispose();
        }
    }

    [Fact]
    public void ServersSteppedOneAtATimeNeverMeetAtTheBarrier()
    {
        var environments = Wrapped("barrier_timeout=0.5");
        try
        {
            foreach (var environment in environments) environment.Reset();
            var refused = Assert.Throws<PythonEnvironmentException>(() => environments[0].Step([0f, 1f, 0f]));
            Assert.Contains($"barrier: 1 of {Parties} environments began step call 1", refused.Message);
        }
        finally
        {
            foreach (var environment in environments) environment.Dispose();
        }
    }

    private List<IPipelinedEnvironment> Wrapped(string timeout)
    {
        var options = Stub.Gym($"barrier={barrier}", $"parties={Parties}", timeout, "length=100");
        var environments = new List<IPipelinedEnvironment>();
        for (var index = 0; index < Parties; index++)
            environments.Add(new TimeLimit(new OneHotActions(new GymnasiumEnvironment(options, new EnvironmentContext(0, index))), 50));
        return environments;
    }
}
