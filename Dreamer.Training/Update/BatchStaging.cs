using System.Runtime.InteropServices;
using Dreamer.Abstractions.Environments;
using Dreamer.Training.Replay;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// One set of host tensors for replay batches of one shape, reused from batch to batch (architecture: "sequences are
/// assembled on the host in pinned, reused buffers and copied once"). Each batch is copied into them in place; on the
/// CPU they are the batch itself, on CUDA they are pinned and copied to the device without blocking the host. Before
/// a refill overwrites pinned memory that a non-blocking copy may still read, the device is synchronised: TorchSharp
/// 0.107.0 has no CUDA events to wait for that copy alone.
/// </summary>
public sealed class BatchStaging : IDisposable
{
    private readonly Device device;
    private readonly bool pinned;
    private bool copyInFlight;

    public BatchStaging(int length, int batch, IReadOnlyList<int> observationShape, int actionSize, Device device,
        ElementType observationType = ElementType.UInt8)
    {
        ArgumentNullException.ThrowIfNull(observationShape);
        this.device = device ?? throw new ArgumentNullException(nameof(device));
        Length = length;
        Batch = batch;
        ObservationType = observationType;
        pinned = device.type == DeviceType.CUDA;
        long[] positions = [length, batch];
        Observation = Allocate([.. positions, .. observationShape.Select(d => (long)d)], ObservationTensor.TypeOf(observationType)); // [T, B, *obs] uint8 or float32
        Action = Allocate([.. positions, actionSize], ScalarType.Float32);           // [T, B, A]
        Reward = Allocate(positions, ScalarType.Float32);                             // [T, B]
        IsFirst = Allocate(positions, ScalarType.Float32);                            // [T, B]
        IsTerminal = Allocate(positions, ScalarType.Float32);                         // [T, B]
    }

    /// <summary>T of the batches this staging holds.</summary>
    public int Length { get; }

    /// <summary>B of the batches this staging holds.</summary>
    public int Batch { get; }

    /// <summary>The element type of the observations these buffers hold.</summary>
    public ElementType ObservationType { get; }

    /// <summary>The host buffers, in the order of <see cref="Update.Batch"/>.</summary>
    public Tensor Observation { get; }

    public Tensor Action { get; }

    public Tensor Reward { get; }

    public Tensor IsFirst { get; }

    public Tensor IsTerminal { get; }

    /// <summary>Whether a host batch of this shape fits these buffers.</summary>
    public bool Fits(SequenceBatch batch) => batch.Length == Length && batch.Batch == Batch && batch.ObservationType == ObservationType
        && batch.ObservationValues.Length == Observation.NumberOfElements && batch.Actions.Length == Action.NumberOfElements;

    /// <summary>
    /// Copies <paramref name="batch"/> into the host buffers and returns the device batch: the buffers themselves on the
    /// CPU, non-blocking device copies (in the caller's dispose scope) otherwise.
    /// </summary>
    public Batch Copy(SequenceBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!Fits(batch)) throw new ArgumentException($"a batch of {batch.Length}×{batch.Batch} does not fit staging buffers of {Length}×{Batch}.", nameof(batch));
        if (copyInFlight) cuda.synchronize(device);
        ObservationElements.AsBytes(batch.ObservationValues).CopyTo(Observation.bytes);
        Fill(Action, batch.Actions);
        Fill(Reward, batch.Rewards);
        Fill(IsFirst, batch.IsFirst);
        Fill(IsTerminal, batch.IsTerminal);
        if (device.type == DeviceType.CPU) return new Batch(Observation, Action, Reward, IsFirst, IsTerminal);
        copyInFlight = pinned;
        return new Batch(ToDevice(Observation), ToDevice(Action), ToDevice(Reward), ToDevice(IsFirst), ToDevice(IsTerminal));
    }

    public void Dispose()
    {
        Observation.Dispose();
        Action.Dispose();
        Reward.Dispose();
        IsFirst.Dispose();
        IsTerminal.Dispose();
    }

    private Tensor Allocate(long[] shape, ScalarType type)
    {
        using var scope = NewDisposeScope();
        var buffer = empty(shape, type);
        if (pinned) buffer = buffer.pin_memory();
        return buffer.DetachFromDisposeScope();
    }

    private Tensor ToDevice(Tensor host) => host.to(device, non_blocking: pinned);

    private static void Fill<T>(Tensor buffer, T[] values) where T : struct =>
        MemoryMarshal.AsBytes(values.AsSpan()).CopyTo(buffer.bytes);
}
