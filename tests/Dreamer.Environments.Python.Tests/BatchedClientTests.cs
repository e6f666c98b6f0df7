using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Python.Protocol;
using Dreamer.Tests.Support;

namespace Dreamer.Environments.Python.Tests;

/// <summary>N environments in one server through <see cref="BridgeClient"/>: one seed each, one batched step for all.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class BatchedClientTests
{
    [Fact]
    public void FourEnvironmentsResetAndStepTogetherEachWithItsSeed()
    {
        using var client = BridgeClient.Start("gymnasium", Stub.Gym("length=2"), [11, 12, 13, 11]);

        var reset = client.Reset(0, 1, 2, 3);
        var first = client.Step([0f, 1f, 2f, 0f]);
        var second = client.Step([0f, 0f, 0f, 0f]);
        var again = client.Reset(2);

        Assert.Equal(4, client.Count);
        Assert.Equal([true, true, true, true], reset.IsFirst);
        Assert.Equal(Floats(reset, 0), Floats(reset, 3));
        Assert.NotEqual(Floats(reset, 0), Floats(reset, 1));
        Assert.Equal(first.Rewards[0], first.Rewards[3]);
        Assert.InRange(first.Rewards[2], 2f, 3f);
        Assert.Equal([false, false, false, false], first.IsLast);
        Assert.Equal([true, true, true, true], second.IsLast);
        Assert.Equal([false, false, false, false], second.IsTerminal);
        Assert.Equal((1, true), (again.Count, again.IsFirst[0]));
    }

    [Fact]
    public void AStepWithTooFewActionsIsRefusedBeforeItIsSent()
    {
        using var client = BridgeClient.Start("gymnasium", Stub.Gym(), [1, 2]);
        client.Reset(0, 1);

        var error = Assert.Throws<ArgumentException>(() => client.Step([1f]));

        Assert.StartsWith("Step takes 2 action values for 2 environments, got 1.", error.Message);
    }

    private static float[] Floats(StepBatch batch, int index) =>
        batch.Step(index, new BoxSpace([3], ElementType.Float32, -1, 1)).Observation.Floats.ToArray();
}
