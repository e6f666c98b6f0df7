using System.Text.Json.Nodes;
using Dreamer.Environments.Rollout;

namespace Dreamer.Host.Cli;

/// <summary>
/// The JSON file of <c>--json FILE</c> (<c>dreamer eval</c>, <c>dreamer env rollout</c>): what played (the caller's
/// fields, e.g. the checkpoint and its agent step), the summary statistics and every episode's return and length,
/// written through a partial file and a rename.
/// </summary>
public static class RolloutResultFile
{
    public static void Write(string path, IReadOnlyDictionary<string, JsonNode?> source, RolloutSummary summary)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(summary);
        var json = new JsonObject();
        foreach (var (key, value) in source) json[key] = value?.DeepClone();
        json["episodes"] = summary.Episodes;
        json["mean_return"] = summary.MeanReturn;
        json["return_standard_error"] = summary.ReturnStandardError;
        json["mean_length"] = summary.MeanLength;
        json["seconds"] = Math.Round(summary.Elapsed.TotalSeconds, 3);
        json["returns"] = new JsonArray(summary.Returns.Select(value => (JsonNode?)value).ToArray());
        json["lengths"] = new JsonArray(summary.Lengths.Select(value => (JsonNode?)value).ToArray());
        JsonResultFile.Write(path, json);
    }
}
