using System.Runtime.CompilerServices;
using Dreamer.Training.Native;

namespace Dreamer.Device.Tests;

/// <summary>
/// Loads the libtorch folder named by <c>DREAMER_LIBTORCH</c> (docs/gpu.md) before any test touches torch, as the
/// <c>dreamer</c> executable does: the published test executable carries no libtorch (<c>-p:TorchBackend=none</c>)
/// and uses the GPU machine's PyTorch <c>torch/lib</c>. Without the variable the build's own libtorch is used.
/// </summary>
internal static class LibTorchFromEnvironment
{
    [ModuleInitializer]
    internal static void Load()
    {
        var folder = Environment.GetEnvironmentVariable(LibTorchFolder.EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(folder)) LibTorchFolder.Load(folder);
    }
}
