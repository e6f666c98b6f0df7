namespace Dreamer.Host.Matrix;

/// <summary>One problem in a matrix file, printed as <c>file.yaml:7: axes.latent[1].type: message</c>.</summary>
/// <param name="File">The matrix file as it was named.</param>
/// <param name="Line">The 1-based line of the offending node.</param>
/// <param name="KeyPath">The key path of the offending node, e.g. <c>axes.latent[1].type</c>.</param>
/// <param name="Message">The value, what is wrong and what is allowed.</param>
public sealed record MatrixFileError(string File, long Line, string KeyPath, string Message)
{
    public override string ToString() => $"{File}:{Line}: {KeyPath}: {Message}";
}
