using System.Text.Json;

namespace Dreamer.Host.Matrix;

/// <summary>
/// The greedy evaluation (dreamerv2.md §5.7, actor mode) of the checkpoint a run kept at one agent step, as
/// <c>dreamer eval RUN --step S</c> records it in the run folder: <c>eval/step-S.json</c> with its episode count and
/// mean return (and every episode's return and length).
/// </summary>
/// <param name="Episodes">The episodes it played.</param>
/// <param name="MeanReturn">Their mean return.</param>
public sealed record CheckpointEvaluation(int Episodes, double MeanReturn)
{
    /// <summary>The folder of a run that holds its checkpoint evaluations.</summary>
    public const string Folder = "eval";

    /// <summary>The file of the evaluation of the checkpoint kept at agent step <paramref name="step"/>.</summary>
    public static string PathIn(string runDirectory, long step) => Path.Combine(runDirectory, Folder, $"step-{step}.json");

    /// <summary>The evaluation of the checkpoint kept at <paramref name="step"/>, or null when the run has none.</summary>
    /// <exception cref="InvalidDataException">The file is not an evaluation file (no <c>episodes</c> and <c>mean_return</c> numbers).</exception>
    public static CheckpointEvaluation? Read(string runDirectory, long step)
    {
        var path = PathIn(runDirectory, step);
        if (!File.Exists(path)) return null;
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            return new CheckpointEvaluation(root.GetProperty("episodes").GetInt32(), root.GetProperty("mean_return").GetDouble());
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{path} is not an evaluation file: it needs the numbers episodes and mean_return, as dreamer eval --step writes them ({exception.Message})", exception);
        }
    }
}
