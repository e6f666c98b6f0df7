using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dreamer.Training.Logging;

/// <summary>
/// Appends scalar metrics to <c>metrics.jsonl</c> in the run folder, one JSON object per line:
/// <c>{"step": 1200, "loss/image": 712.4, ...}</c>. Each line is flushed as written, so a crash loses no logged line.
/// </summary>
public sealed class MetricsLog : IDisposable
{
    private readonly StreamWriter writer;

    public MetricsLog(string path)
    {
        Path = path;
        writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
    }

    public string Path { get; }

    /// <summary>Writes one line holding <paramref name="step"/> and every scalar.</summary>
    public void Write(long step, IEnumerable<KeyValuePair<string, double>> scalars)
    {
        var builder = new StringBuilder();
        builder.Append("{\"step\": ").Append(step.ToString(CultureInfo.InvariantCulture));
        foreach (var (name, value) in scalars)
        {
            builder.Append(", ").Append(JsonSerializer.Serialize(name)).Append(": ");
            builder.Append(double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : JsonSerializer.Serialize(value.ToString(CultureInfo.InvariantCulture)));
        }
        builder.Append('}');
        writer.WriteLine(builder.ToString());
        writer.Flush();
    }

    /// <summary>Reads every line of a metrics file: step and scalars (non-finite values as NaN).</summary>
    public static IReadOnlyList<MetricsRecord> Read(string path)
    {
        var records = new List<MetricsRecord>();
        if (!File.Exists(path)) return records;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException)
            {
                continue;
            }
            using (document)
            {
                var scalars = new Dictionary<string, double>(StringComparer.Ordinal);
                long step = 0;
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    var value = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetDouble() : double.NaN;
                    if (property.Name == "step") step = (long)value;
                    else scalars[property.Name] = value;
                }
                records.Add(new MetricsRecord(step, scalars));
            }
        }
        return records;
    }

    public void Dispose() => writer.Dispose();
}
