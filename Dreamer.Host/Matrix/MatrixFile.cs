namespace Dreamer.Host.Matrix;

/// <summary>
/// A validated matrix file: a base composition crossed with axes of swaps, environments and seeds
/// (docs/ablations.md).
/// </summary>
/// <param name="SourcePath">The matrix file as it was named when loaded.</param>
/// <param name="BasePath">The absolute path of the base composition file.</param>
/// <param name="Axes">The axes in file order; the first axis varies slowest.</param>
/// <param name="Seeds">The seeds of every cell (<c>training.seed</c>).</param>
/// <param name="Environments">The environments, each a key or <c>{ type, with }</c>; empty keeps the base's environment.</param>
/// <param name="Steps">A step budget that overrides the base's <c>training.steps</c>; null keeps it.</param>
/// <param name="ReferenceScores">Random and target returns per environment key, for normalised scores.</param>
public sealed record MatrixFile(
    string SourcePath,
    string BasePath,
    IReadOnlyList<MatrixAxis> Axes,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<MatrixEnvironment> Environments,
    long? Steps,
    IReadOnlyDictionary<string, ReferenceScore> ReferenceScores);
