using System.Text.Json;

namespace Dreamer.Training.Checkpoints;

/// <summary>
/// Reads a checkpoint's <c>counters.json</c> and refuses counters that cannot belong to a run: a file without
/// <c>Step</c> and <c>Updates</c>, a negative count, or one above <see cref="Limit"/>.
/// </summary>
public static class CountersFile
{
    /// <summary>The largest count a checkpoint may hold (10¹¹: far beyond any run).</summary>
    public const long Limit = 100_000_000_000;

    private static readonly string[] Required = [nameof(TrainingCounters.Step), nameof(TrainingCounters.Updates)];

    /// <summary>The counters in <paramref name="path"/>; an <see cref="InvalidDataException"/> naming the file when they are nonsense.</summary>
    public static TrainingCounters Read(string path)
    {
        TrainingCounters? counters;
        try
        {
            var text = File.ReadAllText(path);
            var shape = ShapeProblem(text);
            if (shape is not null) throw new InvalidDataException($"{path}: {shape}");
            counters = JsonSerializer.Deserialize<TrainingCounters>(text);
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: {exception.Message}", exception);
        }
        if (counters is null) throw new InvalidDataException($"{path}: it is empty");
        var problem = Problem(counters);
        return problem is null ? counters : throw new InvalidDataException($"{path}: {problem}");
    }

    private static string? ShapeProblem(string text)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Object) return "it is not a JSON object";
        var missing = Required.Where(name => !document.RootElement.TryGetProperty(name, out _)).ToList();
        return missing.Count > 0 ? $"it has no {string.Join(" or ", missing)}" : null;
    }

    /// <summary>What is wrong with <paramref name="counters"/>, or null when they can belong to a run.</summary>
    public static string? Problem(TrainingCounters counters)
    {
        var counts = new List<(string Name, long? Value)>
        {
            (nameof(counters.Step), counters.Step),
            (nameof(counters.Updates), counters.Updates),
            (nameof(counters.Episodes), counters.Episodes),
            (nameof(counters.StoredEpisodes), counters.StoredEpisodes),
            (nameof(counters.TrainEveryLast), counters.TrainEveryLast),
            (nameof(counters.EvalEveryLast), counters.EvalEveryLast),
            (nameof(counters.LogEveryLast), counters.LogEveryLast),
            (nameof(counters.PendingUpdates), counters.PendingUpdates),
            (nameof(counters.BehaviorUpdates), counters.BehaviorUpdates),
            (nameof(counters.RandomEpisodes), counters.RandomEpisodes),
        };
        counts.AddRange(counters.OptimizerSteps.Select(pair => ($"{nameof(counters.OptimizerSteps)}.{pair.Key}", (long?)pair.Value)));
        foreach (var (name, value) in counts)
        {
            if (value is < 0) return $"{name} is negative ({value})";
            if (value > Limit) return $"{name} is {value}, more than any run reaches";
        }
        if (!double.IsFinite(counters.RandomReturn)) return $"{nameof(counters.RandomReturn)} is {counters.RandomReturn}";
        if (!double.IsFinite(counters.WallSeconds) || counters.WallSeconds < 0) return $"{nameof(counters.WallSeconds)} is {counters.WallSeconds}";
        return null;
    }
}
