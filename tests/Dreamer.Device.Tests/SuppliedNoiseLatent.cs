using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Latents;
using static TorchSharp.torch;

namespace Dreamer.Device.Tests;

/// <summary>
/// The categorical latent (dreamerv2.md §2.6) with its uniform noise taken from a <see cref="CpuUniformNoise"/>:
/// posterior samples while observing and prior samples while imagining then match across devices.
/// </summary>
internal sealed class SuppliedNoiseLatent(CategoricalLatentOptions options, CpuUniformNoise noise) : ILatentDistribution
{
    private readonly CategoricalLatent latent = new(options);

    public int ParameterSize => latent.ParameterSize;

    public int SampleSize => latent.SampleSize;

    public Tensor Sample(Tensor parameters) =>
        latent.Sample(parameters, noise.Draw([.. parameters.shape[..^1], options.Variables], ScalarType.Float32, parameters.device)); // [..., S·K]

    public Tensor Mode(Tensor parameters) => latent.Mode(parameters);

    public Tensor Entropy(Tensor parameters) => latent.Entropy(parameters);

    public Tensor Kl(Tensor lhs, Tensor rhs) => latent.Kl(lhs, rhs);
}
