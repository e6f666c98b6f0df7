using System.Text.Json;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>The JSON written by scripts/reference/world_model_reference.py.</summary>
internal sealed record ReferenceWorldModel(
    IReadOnlyList<ReferenceParameter> Parameters,
    IReadOnlyDictionary<string, double> Losses,
    double FeaturesSum,
    double FeaturesSquareSum,
    double GradientNorm,
    IReadOnlyList<double> ParameterGradientNorms,
    IReadOnlyList<double> ParameterStepNorms)
{
    public static ReferenceWorldModel Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "WorldModel", "reference_world_model.json");
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
        return JsonSerializer.Deserialize<ReferenceWorldModel>(File.ReadAllText(path), options)
            ?? throw new InvalidDataException(path);
    }
}
