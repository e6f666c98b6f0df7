using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>Turns <c>training.device</c> into a torch device, failing fast when CUDA is asked for and missing.</summary>
public static class TrainingDevice
{
    public static Device Resolve(string name)
    {
        var normalized = name.Trim().ToLowerInvariant();
        if (normalized == "cpu") return CPU;
        if (normalized == "cuda" || normalized.StartsWith("cuda:", StringComparison.Ordinal))
        {
            if (!cuda.is_available())
            {
                throw new ArgumentException(
                    $"training.device is {name}, but CUDA is not available: this build uses the CPU libtorch, or no GPU driver was found. " +
                    "Build with -p:TorchBackend=cuda or point --libtorch at a CUDA libtorch folder (docs/gpu.md); allowed here: cpu.");
            }
            return new Device(normalized);
        }
        throw new ArgumentException($"training.device: '{name}' is not a device; allowed: cpu, cuda, cuda:N.");
    }
}
