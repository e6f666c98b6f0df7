using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dreamer.Benchmarks;

/// <summary>
/// The <c>--json FILE</c> output of a benchmark run: the mode and its arguments, the wall and CPU timing statistics in
/// milliseconds, and on CUDA the peak GPU memory in use as <see cref="GpuMemorySampler"/> saw it (or why it is
/// missing). Property names are snake_case.
/// </summary>
public sealed record BenchmarkReport(
    string Mode,
    string Device,
    int Batch,
    int Length,
    int Warmup,
    int Updates,
    int Threads,
    string Description,
    TimingStatistics WallMs,
    TimingStatistics CpuMs,
    ulong? GpuMemoryPeakBytes,
    ulong? GpuMemoryBeforeBytes,
    string? GpuMemorySource)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public void Write(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Options) + Environment.NewLine);
    }
}
