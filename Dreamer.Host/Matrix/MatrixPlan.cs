using System.Globalization;

namespace Dreamer.Host.Matrix;

/// <summary>
/// The cells of a matrix file: the cross product of its axes (first axis slowest), then environments, then seeds
/// (fastest).
/// </summary>
public sealed record MatrixPlan(MatrixFile File, IReadOnlyList<MatrixCell> Cells)
{
    /// <summary>Expands <paramref name="file"/> into its cells.</summary>
    public static MatrixPlan Expand(MatrixFile file)
    {
        var environmentLabels = EnvironmentLabels(file.Environments.Select(e => e.Name).ToList());
        IEnumerable<List<(string Axis, AxisValue Value)>> combinations = [[]];
        foreach (var axis in file.Axes)
            combinations = combinations.SelectMany(prefix => axis.Values.Select(value => new List<(string, AxisValue)>(prefix) { (axis.Name, value) })).ToList();
        var environments = file.Environments.Count == 0 ? [null] : file.Environments.Cast<MatrixEnvironment?>().ToList();
        var cells = new List<MatrixCell>();
        foreach (var combination in combinations)
        {
            var labels = combination.Select(c => new KeyValuePair<string, string>(c.Axis, c.Value.Label)).ToList();
            var variant = CellFolderName.Of(labels);
            foreach (var environment in environments)
            {
                var named = environment is null ? labels : [.. labels, new("env", environmentLabels[environment.Name])];
                var folder = CellFolderName.Of(named);
                foreach (var seed in file.Seeds)
                {
                    var overrides = combination.SelectMany(c => c.Value.Overrides).ToList();
                    if (environment is not null) overrides.AddRange(environment.Overrides);
                    if (file.Steps is { } steps) overrides.Add(new SettingOverride("training.steps", steps.ToString(CultureInfo.InvariantCulture)));
                    overrides.Add(new SettingOverride("training.seed", seed.ToString(CultureInfo.InvariantCulture)));
                    cells.Add(new MatrixCell(cells.Count, $"{folder}/seed={seed}", variant, environment?.Name, seed, labels, overrides));
                }
            }
        }
        return new MatrixPlan(file, cells);
    }

    /// <summary>The plan with each cell's differences from the base and dropped options from <paramref name="check"/> (for the manifest).</summary>
    public MatrixPlan With(MatrixCheckResult check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var cells = Cells.Zip(check.Cells, (cell, checkedCell) => cell with
        {
            Differences = checkedCell.Differences.Select(d => d.ToString()).ToList(),
            Dropped = checkedCell.Dropped.Select(d => d.ToString()).ToList(),
        }).ToList();
        return this with { Cells = cells };
    }

    /// <summary>Short environment labels (<c>minatar.breakout</c> → <c>breakout</c>), the full key where two would collide.</summary>
    public static IReadOnlyDictionary<string, string> EnvironmentLabels(IReadOnlyList<string> environments)
    {
        var shortNames = environments.GroupBy(MatrixFileLoader.ShortKey).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet();
        return environments.ToDictionary(e => e, e => shortNames.Contains(MatrixFileLoader.ShortKey(e)) ? MatrixFileLoader.ShortKey(e) : e);
    }
}
