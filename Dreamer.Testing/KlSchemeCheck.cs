using Dreamer.Abstractions.Model;
using Dreamer.Training.Contracts;

namespace Dreamer.Testing;

/// <summary>
/// Checks a KL scheme against its contract (dreamerv2.md §4.1): on posterior and prior parameters <c>[T, B, P]</c>,
/// a finite scalar loss and a finite scalar metric without gradient, and a backward pass of the loss that reaches the
/// posterior or the prior.
/// </summary>
public static class KlSchemeCheck
{
    /// <summary>
    /// Runs one loss and backward pass with <paramref name="latent"/> (a <see cref="TinyCategoricalLatent"/> when
    /// null); throws <see cref="ComponentContractException"/> or <see cref="ComponentCheckException"/>.
    /// </summary>
    public static void Run(IKlScheme scheme, ILatentDistribution? latent = null)
    {
        latent ??= new TinyCategoricalLatent();
        var posterior = TinyBatch.Leaf(latent.ParameterSize);                                   // [T, B, P]
        var prior = TinyBatch.Leaf(latent.ParameterSize);                                       // [T, B, P]
        var result = new CheckedKlScheme(scheme).Loss(posterior, prior, latent);                // [], []
        TensorChecks.FiniteScalar(scheme, result.Loss, "Loss(...).Loss");
        TensorChecks.FiniteScalar(scheme, result.Value, "Loss(...).Value");
        if (result.Value.requires_grad)
        {
            throw new ComponentCheckException(
                $"Component {ShapeCheck.Name(scheme)} returned a Value that requires grad; the model_kl metric must be detached.");
        }
        if (!result.Loss.requires_grad)
        {
            throw new ComponentCheckException(
                $"Component {ShapeCheck.Name(scheme)} returned a Loss without a graph; no gradient would reach the posterior or the prior.");
        }
        result.Loss.backward();
        if (posterior.grad is null && prior.grad is null)
        {
            throw new ComponentCheckException($"Component {ShapeCheck.Name(scheme)}: no gradient reached the posterior or the prior from its Loss.");
        }
        if (posterior.grad is { } posteriorGradient) TensorChecks.Finite(scheme, posteriorGradient, "the gradient of the posterior");
        if (prior.grad is { } priorGradient) TensorChecks.Finite(scheme, priorGradient, "the gradient of the prior");
    }
}
