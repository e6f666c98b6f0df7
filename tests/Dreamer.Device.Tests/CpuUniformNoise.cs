using static TorchSharp.torch;

namespace Dreamer.Device.Tests;

/// <summary>
/// Uniform noise in [0, 1) drawn on the CPU from a seeded generator of its own, then moved to the device that asks:
/// two copies of an agent on different devices, each with a source of the same seed, draw the same numbers in the
/// same order, so their inverse-CDF samples (dreamerv2.md §2.6) agree. The CUDA generator is never used.
/// </summary>
internal sealed class CpuUniformNoise(ulong seed) : IDisposable
{
    private readonly Generator generator = new(seed, CPU);

    /// <summary>How many draws were made.</summary>
    public int Draws { get; private set; }

    public Tensor Draw(long[] shape, ScalarType dtype, TorchSharp.torch.Device device)
    {
        Draws++;
        using var cpu = rand(shape, ScalarType.Float32, CPU, generator: generator);
        return cpu.to(dtype, device);
    }

    public void Dispose() => generator.Dispose();
}
