using static TorchSharp.torch;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// How the world model's KL term is formed from posterior and prior parameters (dreamerv2.md §4.1): balanced
/// stop-gradients, free nats. Both tensors are <c>[T, B, P]</c>; the host checks that the first result holds two scalars.
/// </summary>
public interface IKlScheme
{
    KlLoss Loss(Tensor posterior, Tensor prior, ILatentDistribution latent);
}
