using System.Globalization;

namespace Dreamer.Host.Wiring;

/// <summary>
/// The memory this process can still take: the smaller of the kernel's <c>MemAvailable</c> (<c>/proc/meminfo</c>,
/// Linux) and what the runtime may use (<see cref="GC.GetGCMemoryInfo()"/>'s total available memory, which honours
/// a container's limit).
/// </summary>
public static class AvailableMemory
{
    /// <summary>Available bytes; the runtime's figure alone where <c>/proc/meminfo</c> cannot be read.</summary>
    public static long Bytes()
    {
        var runtime = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        var kernel = MemAvailable();
        return kernel is { } available && available < runtime ? available : runtime;
    }

    private static long? MemAvailable()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/meminfo"))
            {
                if (!line.StartsWith("MemAvailable:", StringComparison.Ordinal)) continue;
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return fields.Length >= 2 && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib * 1024 : null;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return null;
    }
}
