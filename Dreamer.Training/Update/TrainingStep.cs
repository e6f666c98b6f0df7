using Dreamer.Abstractions.Behavior;
using Dreamer.Modules.Layers;
using Dreamer.Training.Replay;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Update;

/// <summary>
/// One update of dreamerv2.md §1 step 4: (i) the world-model loss and its optimizer step on a replayed batch;
/// (ii) imagination from all B·L posterior states of (i), computed before the step and rolled forward with the
/// updated weights (§10 D16); (iii) the behavior learner's actor, critic and slow-target steps. The batch is copied
/// to the device once; nothing is read back on the host. Dense and convolutional layers compute in
/// <c>training.precision</c> (<see cref="MixedPrecision"/>).
/// </summary>
public sealed class TrainingStep(WorldModel model, IBehaviorLearner behavior, Device device, ComputePrecision precision = ComputePrecision.Float32) : IDisposable
{
    private readonly WorldModelImagination imagination = new(model);
    private readonly List<BatchStaging> stagings = [];

    /// <summary>
    /// The device batch of a host batch, through the reused <see cref="BatchStaging"/> buffers of its shape (training
    /// batches and open-loop batches each keep theirs): observations stay uint8 (or float32 vectors) until preprocessing.
    /// </summary>
    public Batch ToDevice(SequenceBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var staging = stagings.Find(s => s.Fits(batch));
        if (staging is null)
        {
            staging = new BatchStaging(batch.Length, batch.Batch, batch.ObservationShape, batch.ActionSize, device, batch.ObservationType);
            stagings.Add(staging);
        }
        return staging.Copy(batch);
    }

    /// <summary>Runs one update at agent step <paramref name="step"/>; returns its named scalars, detached, on the device.</summary>
    public UpdateMetrics Update(SequenceBatch hostBatch, long step) => Update(ToDevice(hostBatch), step);

    /// <summary><see cref="Update(SequenceBatch, long)"/> on a batch already on the device.</summary>
    public UpdateMetrics Update(Batch batch, long step)
    {
        ArgumentNullException.ThrowIfNull(batch);
        using var compute = MixedPrecision.Use(precision);
        var world = model.Train(batch);
        var starts = WorldModel.StartsFrom(world.Loss, batch);
        var behaviorMetrics = behavior.Train(imagination, starts, step);
        return new UpdateMetrics([.. world.Metrics, .. BehaviorUpdateMetrics.Of(behaviorMetrics)]);
    }

    public void Dispose()
    {
        foreach (var staging in stagings) staging.Dispose();
        stagings.Clear();
    }
}
