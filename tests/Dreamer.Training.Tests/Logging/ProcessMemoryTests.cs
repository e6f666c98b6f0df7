using System.Runtime.InteropServices;
using Dreamer.Training.Logging;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Logging;

[Collection(RunsAloneCollection.Name)]
public sealed class ProcessMemoryTests
{
    [Fact]
    public void ResidentSetMatchesTheKernelsFigure()
    {
        var kernel = KernelResidentMebibytes();
        var reported = ProcessMemory.ResidentMebibytes();
        Assert.InRange(reported, kernel * 0.9, kernel * 1.1);
    }

    [Fact]
    public void ResidentSetCountsNativeTensorMemory()
    {
        // Let the finalizers of earlier tests' undisposed tensors free their native memory now, not while this test
        // measures, and hand the free heap that NativeHeap keeps (when an earlier test set it) back to the kernel.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        MallocTrim(0);
        var before = ProcessMemory.ResidentMebibytes();
        using (var buffer = ones(64L * 1024 * 1024, dtype: ScalarType.Float32))    // 256 MiB, every page written
        {
            var during = ProcessMemory.ResidentMebibytes();
            Assert.True(during - before > 200, $"resident set {before:F0} → {during:F0} MiB with a 256 MiB tensor alive");
        }
    }

    [Fact]
    public void ScalarsAreNamedUnderMemory()
    {
        GC.Collect(0);                      // managed_mib is the heap after the last collection, and a fresh process may have had none
        var scalars = ProcessMemory.Scalars().ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal(["memory/managed_mib", "memory/rss_mib"], scalars.Keys.Order());
        Assert.All(scalars.Values, value => Assert.True(value > 0));
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    private static double KernelResidentMebibytes()
    {
        var line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) / 1024.0;
    }
}
