using Dreamer.Training.Replay;
using Dreamer.Training.Update;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// The world model's open-loop prediction of replayed sequences (dreamerv2.md §2.2, §2.4): the posterior observes the
/// first <c>context</c> steps, then the prior imagines the rest from the replayed actions alone, and the decoder's
/// mean is the prediction of every step.
/// </summary>
public static class OpenLoopPrediction
{
    /// <summary>
    /// The preprocessed truth and the prediction, both <c>[T, B, *obs]</c>; steps before <paramref name="context"/>
    /// (clamped to 1..T) are reconstructions of observed steps, the others imagined.
    /// </summary>
    public static (Tensor Truth, Tensor Prediction) Predict(WorldModel model, TrainingStep step, SequenceBatch sequences, int context)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(sequences);
        using var noGrad = no_grad();
        var batch = step.ToDevice(sequences);
        var length = batch.Observation.shape[0];
        context = (int)Math.Clamp(context, 1, length);
        var truth = model.Preprocess(batch.Observation);                               // [T, B, *obs]
        var actions = batch.Action.to_type(truth.dtype);                               // [T, B, A]
        var embed = model.Encoder.Encode(truth[..context]);                            // [t, B, E]
        var observed = model.Rssm.Observe(embed, actions[..context], batch.IsFirst[..context]);
        var features = new List<Tensor> { observed.Posterior.Features() };             // [t, B, F]
        var state = new Dreamer.Abstractions.Model.LatentState(
            observed.Posterior.Deter[context - 1], observed.Posterior.Stoch[context - 1], observed.Posterior.Parameters[context - 1]);
        for (var t = context; t < length; t++)
        {
            state = model.Rssm.ImagineStep(state, actions[t]);
            features.Add(state.Features().unsqueeze(0));                               // [1, B, F]
        }
        var prediction = model.Decoder.Predict(cat(features, 0));                       // [T, B, *obs]
        return (truth, prediction);
    }
}
