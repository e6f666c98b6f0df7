using Dreamer.Host.Logging;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Logging;

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
        var scalars = ProcessMemory.Scalars().ToDictionary(pair => pair.Key, pair => pair.Value);
        Assert.Equal(["memory/managed_mib", "memory/rss_mib"], scalars.Keys.Order());
        Assert.All(scalars.Values, value => Assert.True(value > 0));
    }

    private static double KernelResidentMebibytes()
    {
        var line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0]) / 1024.0;
    }
}
