using System.Runtime.InteropServices;

namespace Dreamer.Training.Native;

/// <summary>
/// The C heap's settings for a training process on Linux (glibc). By default glibc gives every large block — most of
/// an update's activations and gradients — its own memory mapping and unmaps it when the tensor is freed, so each update
/// faults in tens of MiB of fresh zeroed pages and the resident set rises and falls with every update. Serving blocks
/// up to 32 MiB from the heap and keeping up to 1 GiB of freed heap lets the next update reuse the same pages: fewer
/// page faults, and a resident set that stays at the working set's peak instead of swinging around it (the soak in
/// docs/performance.md). <c>DREAMER_MALLOC=default</c> leaves glibc's settings alone.
/// </summary>
public static class NativeHeap
{
    /// <summary>The environment variable that turns the setting off: <c>DREAMER_MALLOC=default</c>.</summary>
    public const string Variable = "DREAMER_MALLOC";

    /// <summary>Blocks up to this size come from the heap (glibc's largest allowed mmap threshold on 64-bit).</summary>
    public const int HeapBlockLimit = 32 * 1024 * 1024;

    /// <summary>Freed memory at the heap's top is returned to the system only beyond this size.</summary>
    public const int KeepFreed = 1024 * 1024 * 1024;

    private const int TrimThresholdParameter = -1;
    private const int MmapThresholdParameter = -3;

    /// <summary>Applies the settings unless turned off or not on glibc; returns whether they were applied.</summary>
    public static bool KeepFreedMemory()
    {
        if (!OperatingSystem.IsLinux()) return false;
        if (string.Equals(Environment.GetEnvironmentVariable(Variable), "default", StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            return Mallopt(MmapThresholdParameter, HeapBlockLimit) == 1 && Mallopt(TrimThresholdParameter, KeepFreed) == 1;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int Mallopt(int parameter, int value);
}
