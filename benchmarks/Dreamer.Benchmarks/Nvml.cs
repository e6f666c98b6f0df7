using System.Runtime.InteropServices;

namespace Dreamer.Benchmarks;

/// <summary>
/// The few NVML calls (<c>libnvidia-ml.so.1</c>, installed with the NVIDIA driver) that read a GPU's memory in use:
/// TorchSharp 0.107.0 exposes no CUDA memory statistics. Return values are <c>nvmlReturn_t</c> (0 = success).
/// </summary>
internal static class Nvml
{
    private const string Library = "libnvidia-ml.so.1";

    [StructLayout(LayoutKind.Sequential)]
    internal struct Memory
    {
        public ulong Total;
        public ulong Free;
        public ulong Used;
    }

    [DllImport(Library, EntryPoint = "nvmlInit_v2")]
    internal static extern int Init();

    [DllImport(Library, EntryPoint = "nvmlShutdown")]
    internal static extern int Shutdown();

    [DllImport(Library, EntryPoint = "nvmlDeviceGetHandleByIndex_v2")]
    internal static extern int DeviceByIndex(uint index, out IntPtr device);

    [DllImport(Library, EntryPoint = "nvmlDeviceGetMemoryInfo")]
    internal static extern int MemoryInfo(IntPtr device, out Memory memory);
}
