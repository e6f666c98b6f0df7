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

    /// <summary>
    /// Writes <paramref name="status"/> into <paramref name="runDirectory"/>, creating the folder if needed; a write that
    /// fails (a full disk) removes its temporary file and leaves the previous status in place.
    /// </summary>
    public static void Write(string runDirectory, RunStatus status)
    {
        Directory.CreateDirectory(runDirectory);
        var path = PathIn(runDirectory);
        var partial = $"{path}.{Environment.ProcessId}.partial";
        try
        {
            File.WriteAllText(partial, JsonSerializer.Serialize(status, Options));
            File.Move(partial, path, overwrite: true);
        }
        catch (IOException)
        {
            try
            {
                File.Delete(partial);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
            }
            throw;
        }
    }

    /// <summary>
    /// Writes a failed status with <paramref name="message"/> into <paramref name="runDirectory"/>, keeping the counters of
    /// the status there (or zeros and <paramref name="steps"/> when it has none); returns what it wrote.
    /// </summary>
    public static RunStatus WriteFailed(string runDirectory, long steps, string message)
    {
        var failed = (Read(runDirectory) ?? new RunStatus(RunState.Failed, 0, steps, 0, null, message)) with { State = RunState.Failed, Message = message };
        Write(runDirectory, failed);
        return failed;
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
