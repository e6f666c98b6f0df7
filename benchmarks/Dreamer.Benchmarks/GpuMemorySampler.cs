namespace Dreamer.Benchmarks;

/// <summary>
/// Samples a GPU's memory in use every few milliseconds on a background thread through NVML and keeps the peak: the
/// driver's view of the whole device (torch's caching allocator's reserved memory, the CUDA context, and any other
/// process), not torch's allocated-tensor count. <see cref="Before"/> is the first sample, taken before this process
/// allocates on the device, so <c>Peak − Before</c> is this process's share on an otherwise idle GPU.
/// </summary>
public sealed class GpuMemorySampler : IDisposable
{
    private readonly IntPtr device;
    private readonly Thread thread;
    private volatile bool stopping;
    private long peak;

    private GpuMemorySampler(IntPtr device, ulong before)
    {
        this.device = device;
        Before = before;
        peak = (long)before;
        thread = new Thread(Sample) { IsBackground = true, Name = "gpu-memory-sampler" };
        thread.Start();
    }

    /// <summary>Memory in use on the device when sampling started, in bytes.</summary>
    public ulong Before { get; }

    /// <summary>The largest memory in use seen so far, in bytes.</summary>
    public ulong Peak => (ulong)Interlocked.Read(ref peak);

    /// <summary>How the figures were taken, for the report.</summary>
    public const string Source = "NVML nvmlDeviceGetMemoryInfo.used, whole device, sampled every 2 ms";

    /// <summary>Starts sampling GPU <paramref name="index"/>; null with <paramref name="reason"/> when NVML cannot be used.</summary>
    public static GpuMemorySampler? TryStart(int index, out string? reason)
    {
        try
        {
            var status = Nvml.Init();
            if (status != 0)
            {
                reason = $"nvmlInit_v2 returned {status}";
                return null;
            }
            status = Nvml.DeviceByIndex((uint)index, out var device);
            var memory = default(Nvml.Memory);
            if (status == 0) status = Nvml.MemoryInfo(device, out memory);
            if (status == 0)
            {
                reason = null;
                return new GpuMemorySampler(device, memory.Used);
            }
            Nvml.Shutdown();
            reason = $"NVML returned {status} for GPU {index}";
            return null;
        }
        catch (DllNotFoundException exception)
        {
            reason = $"NVML is not available: {exception.Message}";
            return null;
        }
    }

    public void Dispose()
    {
        stopping = true;
        thread.Join();
        Nvml.Shutdown();
    }

    private void Sample()
    {
        while (!stopping)
        {
            if (Nvml.MemoryInfo(device, out var memory) == 0)
            {
                var used = (long)memory.Used;
                long seen;
                while (used > (seen = Interlocked.Read(ref peak)) && Interlocked.CompareExchange(ref peak, used, seen) != seen)
                {
                }
            }
            Thread.Sleep(2);
        }
    }
}
