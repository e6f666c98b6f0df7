using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dreamer.Training.Runs;

/// <summary>
/// Reads and writes <c>status.json</c> in a run folder. Writes are atomic (a temporary file in the same folder, then
/// a rename), so a reader never sees a half-written status.
/// </summary>
public static class RunStatusFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The path of <c>status.json</c> in <paramref name="runDirectory"/>.</summary>
    public static string PathIn(string runDirectory) => Path.Combine(runDirectory, RunStatus.FileName);

    /// <summary>Writes <paramref name="status"/> into <paramref name="runDirectory"/>, creating the folder if needed.</summary>
    public static void Write(string runDirectory, RunStatus status)
    {
        Directory.CreateDirectory(runDirectory);
        var path = PathIn(runDirectory);
        var partial = $"{path}.{Environment.ProcessId}.partial";
        File.WriteAllText(partial, JsonSerializer.Serialize(status, Options));
        File.Move(partial, path, overwrite: true);
    }

    /// <summary>Reads the status of <paramref name="runDirectory"/>; null when there is none or it cannot be parsed.</summary>
    public static RunStatus? Read(string runDirectory)
    {
        var path = PathIn(runDirectory);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<RunStatus>(File.ReadAllText(path), Options);
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return null;
        }
    }
}
