using Dreamer.Training.Contracts;
using static TorchSharp.torch;

namespace Dreamer.Testing;

/// <summary>Value and gradient checks shared by the component checks; each throws a <see cref="ComponentCheckException"/>.</summary>
internal static class TensorChecks
{
    /// <summary>Throws unless every value of <paramref name="tensor"/> is finite.</summary>
    public static void Finite(object component, Tensor tensor, string what)
    {
        if (!isfinite(tensor.detach()).all().item<bool>())
        {
            throw new ComponentCheckException($"Component {ShapeCheck.Name(component)} returned non-finite values from {what}.");
        }
    }

    /// <summary>Throws unless <paramref name="tensor"/> is a scalar with a finite value.</summary>
    public static void FiniteScalar(object component, Tensor tensor, string what)
    {
        if (tensor.dim() != 0)
        {
            throw new ComponentCheckException(
                $"Component {ShapeCheck.Name(component)} returned [{string.Join(", ", tensor.shape)}] from {what}, expected a scalar.");
        }
        Finite(component, tensor, what);
    }

    /// <summary>Throws unless every trainable parameter of <paramref name="module"/> got a finite gradient from <paramref name="loss"/>.</summary>
    public static void GradientsReachParameters(object component, nn.Module module, string loss)
    {
        foreach (var (name, parameter) in module.named_parameters())
        {
            if (!parameter.requires_grad) continue;
            if (parameter.grad is not { } gradient)
            {
                throw new ComponentCheckException(
                    $"Component {ShapeCheck.Name(component)}: no gradient reached its parameter '{name}' from {loss}, so training would never change it.");
            }
            Finite(component, gradient, $"the gradient of its parameter '{name}' ({loss})");
        }
    }

    /// <summary>Throws unless the leaf <paramref name="input"/> got a finite gradient from <paramref name="loss"/>.</summary>
    public static void GradientReachesInput(object component, Tensor input, string inputName, string loss)
    {
        if (input.grad is not { } gradient)
        {
            throw new ComponentCheckException(
                $"Component {ShapeCheck.Name(component)}: no gradient reached {inputName} from {loss}.");
        }
        Finite(component, gradient, $"the gradient of {inputName} ({loss})");
    }
}
