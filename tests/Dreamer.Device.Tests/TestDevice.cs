using Dreamer.Training.Loop;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Device.Tests;

/// <summary>
/// The device the device tests run on: <c>DREAMER_TEST_DEVICE</c> (<c>cpu</c>, <c>cuda</c>, <c>cuda:N</c>); without it,
/// CUDA when torch reports it available, else the CPU. Naming <c>cuda</c> where CUDA is missing fails, as
/// <c>training.device</c> does, rather than falling back.
/// </summary>
internal static class TestDevice
{
    public const string EnvironmentVariable = "DREAMER_TEST_DEVICE";

    public static TorchSharp.torch.Device Get()
    {
        var name = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(name)) return cuda.is_available() ? CUDA : CPU;
        return TrainingDevice.Resolve(name);
    }

    public static bool IsCuda(TorchSharp.torch.Device device) => device.type == DeviceType.CUDA;
}
