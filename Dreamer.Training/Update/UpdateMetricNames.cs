namespace Dreamer.Training.Update;

/// <summary>
/// The stable hierarchical names of the scalars one update produces, in the order of the tensor
/// <see cref="TrainingStep.Update(Batch, long)"/> returns. The first <see cref="LossTerms"/> are the loss terms checked for NaN or
/// infinity.
/// </summary>
public static class UpdateMetricNames
{
    public static readonly IReadOnlyList<string> All =
    [
        "loss/image",
        "loss/reward",
        "loss/discount",
        "loss/kl",
        "loss/actor",
        "loss/critic",
        "loss/model",
        "world_model/kl",
        "world_model/prior_entropy",
        "world_model/posterior_entropy",
        "world_model/grad_norm",
        "actor/entropy",
        "critic/value",
        "imagination/lambda_return",
        "imagination/reward",
    ];

    /// <summary>How many leading names are loss terms.</summary>
    public const int LossTerms = 7;
}
