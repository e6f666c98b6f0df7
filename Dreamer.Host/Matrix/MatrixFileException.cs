namespace Dreamer.Host.Matrix;

/// <summary>A matrix file is invalid; <see cref="Errors"/> holds every problem found, not just the first.</summary>
public sealed class MatrixFileException(IReadOnlyList<MatrixFileError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<MatrixFileError> Errors { get; } = errors;
}
