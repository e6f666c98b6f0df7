using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dreamer.Host.Cli;

/// <summary>Writes a command's JSON result through a partial file and a rename, so a reader never sees half a file.</summary>
public static class JsonResultFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Writes <paramref name="json"/>, indented, to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(string path, JsonNode json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        File.WriteAllText(partial, json.ToJsonString(Indented) + "\n");
        File.Move(partial, full, overwrite: true);
    }
}
