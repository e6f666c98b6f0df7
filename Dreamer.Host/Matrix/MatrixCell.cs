namespace Dreamer.Host.Matrix;

/// <summary>
/// One run of a matrix: a choice of value per axis, an environment and a seed, with the <c>--set</c> overrides that
/// turn the base composition into it.
/// </summary>
/// <param name="Index">Position in the plan, 0-based (the Slurm array task id).</param>
/// <param name="Folder">The run folder relative to the matrix folder, e.g. <c>latent=gaussian,env=breakout/seed=1</c>.</param>
/// <param name="Variant">The cell without environment and seed, e.g. <c>latent=gaussian</c>; seeds and environments of one variant are aggregated together.</param>
/// <param name="Environment">The environment key, or null when the base composition's environment is kept.</param>
/// <param name="Seed">The seed (<c>training.seed</c>).</param>
/// <param name="AxisLabels">Axis name → value label, in axis order.</param>
/// <param name="Overrides">Every <c>--set</c> override of the cell, in axis order, then environment, steps and seed.</param>
/// <param name="Differences">The resolved values that differ from the base composition, as <c>key: base → cell</c>; null when the plan was not resolved (a <c>--cell-command</c> stand-in).</param>
/// <param name="Dropped">The options the base gave a swapped slot that the new component does not take; null when not resolved.</param>
public sealed record MatrixCell(
    int Index,
    string Folder,
    string Variant,
    string? Environment,
    int Seed,
    IReadOnlyList<KeyValuePair<string, string>> AxisLabels,
    IReadOnlyList<SettingOverride> Overrides,
    IReadOnlyList<string>? Differences = null,
    IReadOnlyList<string>? Dropped = null)
{
    /// <summary>The file name of a cell's combined stdout and stderr inside its run folder.</summary>
    public const string LogFileName = "cell.log";

    /// <summary>The run folder of this cell inside <paramref name="matrixDirectory"/>.</summary>
    public string RunDirectory(string matrixDirectory) => System.IO.Path.Combine(matrixDirectory, Folder);
}
