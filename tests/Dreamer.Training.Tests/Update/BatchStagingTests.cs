using Dreamer.Tests.Support;
using Dreamer.Training.Replay;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Update;

/// <summary>Replay batches reach the device through one reused set of host tensors (plain on the CPU).</summary>
public sealed class BatchStagingTests
{
    [Fact]
    public void EachBatchIsCopiedIntoTheSameHostTensors()
    {
        using var staging = new BatchStaging(8, 4, TinyAgent.ObservationShape, TinyAgent.Actions, CPU);
        var first = staging.Copy(TinyAgent.Batch(1));
        IntPtr[] handles = [first.Observation.Handle, first.Action.Handle, first.Reward.Handle, first.IsFirst.Handle, first.IsTerminal.Handle];
        var second = TinyAgent.Batch(2);
        var copied = staging.Copy(second);
        IntPtr[] again = [copied.Observation.Handle, copied.Action.Handle, copied.Reward.Handle, copied.IsFirst.Handle, copied.IsTerminal.Handle];
        IntPtr[] buffers = [staging.Observation.Handle, staging.Action.Handle, staging.Reward.Handle, staging.IsFirst.Handle, staging.IsTerminal.Handle];
        Assert.Equal(handles, again);
        Assert.Equal(handles, buffers);
        AssertSame(Fresh(second), copied);
    }

    [Fact]
    public void ABatchOfAnotherShapeIsRefused()
    {
        using var staging = new BatchStaging(8, 4, TinyAgent.ObservationShape, TinyAgent.Actions, CPU);
        Assert.Throws<ArgumentException>(() => staging.Copy(TinyAgent.Batch(1, length: 8, batch: 2)));
    }

    /// <summary>The device batch as it was built before staging: new tensors from the host arrays for every batch.</summary>
    internal static Batch Fresh(SequenceBatch batch)
    {
        long[] positions = [batch.Length, batch.Batch];
        return new Batch(
            tensor(batch.Observations, [.. positions, .. batch.ObservationShape.Select(d => (long)d)]),
            tensor(batch.Actions, [.. positions, batch.ActionSize]),
            tensor(batch.Rewards, positions),
            tensor(batch.IsFirst, positions),
            tensor(batch.IsTerminal, positions));
    }

    private static void AssertSame(Batch expected, Batch actual)
    {
        Tensor[] left = [expected.Observation, expected.Action, expected.Reward, expected.IsFirst, expected.IsTerminal];
        Tensor[] right = [actual.Observation, actual.Action, actual.Reward, actual.IsFirst, actual.IsTerminal];
        foreach (var (a, b) in left.Zip(right))
        {
            Assert.Equal(a.dtype, b.dtype);
            Assert.Equal(a.shape, b.shape);
            Assert.True(a.eq(b).all().item<bool>());
        }
    }
}
