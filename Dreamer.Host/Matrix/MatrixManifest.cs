using System.Text.Json;

namespace Dreamer.Host.Matrix;

/// <summary>
/// The plan of a matrix as stored in its folder (<c>matrix.json</c>): what <c>run-cell</c>, <c>status</c> and
/// <c>report</c> read, so they need neither the matrix file nor the scheduler.
/// </summary>
/// <param name="MatrixFile">The matrix file the plan came from.</param>
/// <param name="BasePath">The absolute path of the base composition.</param>
/// <param name="CellCommand">The program and leading arguments that run a cell.</param>
/// <param name="Steps">The step budget override, or null.</param>
/// <param name="ReferenceScores">Random and target returns per environment key.</param>
/// <param name="Cells">The cells in plan order.</param>
public sealed record MatrixManifest(
    string MatrixFile,
    string BasePath,
    IReadOnlyList<string> CellCommand,
    long? Steps,
    IReadOnlyDictionary<string, ReferenceScore> ReferenceScores,
    IReadOnlyList<MatrixCell> Cells)
{
    /// <summary>The file name of the manifest in a matrix folder.</summary>
    public const string FileName = "matrix.json";

    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    /// <summary>The manifest of <paramref name="plan"/> run by <paramref name="command"/>.</summary>
    public static MatrixManifest Of(MatrixPlan plan, CellCommand command) =>
        new(plan.File.SourcePath, plan.File.BasePath, command.Prefix, plan.File.Steps, plan.File.ReferenceScores, plan.Cells);

    /// <summary>Writes the manifest into <paramref name="matrixDirectory"/> (atomically).</summary>
    public void Write(string matrixDirectory)
    {
        Directory.CreateDirectory(matrixDirectory);
        var path = Path.Combine(matrixDirectory, FileName);
        File.WriteAllText(path + ".partial", JsonSerializer.Serialize(this, Options));
        File.Move(path + ".partial", path, overwrite: true);
    }

    /// <summary>
    /// Reads the manifest of <paramref name="matrixDirectory"/>; throws <see cref="FileNotFoundException"/> when it has
    /// none and <see cref="InvalidDataException"/> when it does not parse.
    /// </summary>
    public static MatrixManifest Read(string matrixDirectory)
    {
        var path = Path.Combine(matrixDirectory, FileName);
        if (!File.Exists(path)) throw new FileNotFoundException($"{matrixDirectory} is not a matrix folder: {FileName} is missing", path);
        try
        {
            return JsonSerializer.Deserialize<MatrixManifest>(File.ReadAllText(path), Options)
                ?? throw new InvalidDataException($"{path} is empty");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not a matrix manifest: {exception.Message}", exception);
        }
    }
}
