namespace Dreamer.Training.Logging;

/// <summary>
/// The process's memory as log scalars: <c>memory/rss_mib</c>, the resident set (libtorch's native buffers included),
/// and <c>memory/managed_mib</c>, the managed heap after the last collection. A flat <c>rss_mib</c> over a long run is
/// what the soak benchmark checks (docs/performance.md).
/// </summary>
public static class ProcessMemory
{
    private const double Mebibyte = 1024.0 * 1024.0;

    /// <summary>The resident set size in MiB.</summary>
    public static double ResidentMebibytes() => Environment.WorkingSet / Mebibyte;

    /// <summary>The two memory scalars, read now.</summary>
    public static IEnumerable<KeyValuePair<string, double>> Scalars() =>
    [
        new("memory/rss_mib", ResidentMebibytes()),
        new("memory/managed_mib", GC.GetGCMemoryInfo().HeapSizeBytes / Mebibyte),
    ];
}
