using static TorchSharp.torch;

namespace Dreamer.Training.Contracts;

/// <summary>
/// A component of a contract that must derive from <c>torch.nn.Module</c> (encoder, decoder, dynamics cell, behavior
/// learner), as that module. The host refuses other classes when it loads their plugin; this guards callers of the
/// library that build components themselves.
/// </summary>
internal static class ComponentModule
{
    public static nn.Module Of(object component, string contract) =>
        component as nn.Module ?? throw new ArgumentException(
            $"The {contract} {component.GetType().FullName} does not derive from torch.nn.Module, so its parameters cannot be trained, moved or checkpointed.");
}
