using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Host.Wiring;
using Dreamer.Training.Loop;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Resolves every cell of a matrix plan through the real composition loader, exactly as <c>dreamer train</c> will
/// (the base composition with the cell's <c>--set</c> overrides), before anything runs: it collects every error of
/// every cell, the values each cell changes from the base, the options a swap dropped, and the real budget. With
/// <c>buildNetworks</c>, each distinct composition (seeds aside) also builds its environment and networks on the CPU and
/// runs one update on them (<see cref="NetworkCheck"/>, as <c>dreamer validate</c> does), which catches sizes and shapes
/// that only fail there (an image too small for the encoder's kernels, an encoder that cannot take the observation).
/// </summary>
public sealed class MatrixCheck(HostServices services)
{
    private readonly Dictionary<string, IComponentCatalog> catalogs = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="plan"/>.</summary>
    public MatrixCheckResult Check(MatrixPlan plan, bool buildNetworks = true)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var (baseComposition, baseErrors) = Resolve(plan.File.BasePath, []);
        var built = new Dictionary<string, string?>(StringComparer.Ordinal);
        var cells = new List<CellCheck>();
        foreach (var cell in plan.Cells)
        {
            var (composition, errors) = Resolve(plan.File.BasePath, cell.Overrides);
            if (composition is null)
            {
                cells.Add(new CellCheck(cell, errors, [], [], [], null, null));
                continue;
            }
            if (buildNetworks)
            {
                var identity = string.Join('\n', cell.Overrides.Where(o => o.Path != "training.seed").Select(o => o.ToArgument()));
                if (!built.TryGetValue(identity, out var failure)) built[identity] = failure = Build(composition);
                if (failure is not null) errors = [.. errors, $"its networks cannot be built on the CPU: {failure}"];
            }
            var differences = baseComposition is null ? [] : CompositionDifference.Between(baseComposition, composition);
            var outside = differences.Where(difference => !Intended(difference, cell)).ToList();
            cells.Add(new CellCheck(cell, errors, differences, composition.Dropped, outside, CellBudget.Of(composition.Section<TrainingOptions>()), composition));
        }
        return new MatrixCheckResult(baseComposition, baseErrors, cells);
    }

    /// <summary>
    /// True for a difference a cell is meant to make: a key one of its overrides sets (an axis value, its environment,
    /// the step budget, the seed), or an option that only one of two swapped components has. A value that both
    /// components take and the cell does not set must not change.
    /// </summary>
    public static bool Intended(CompositionDifference difference, MatrixCell cell)
    {
        ArgumentNullException.ThrowIfNull(difference);
        ArgumentNullException.ThrowIfNull(cell);
        var path = difference.Path;
        if (cell.Overrides.Any(o => path == o.Path || path.StartsWith(o.Path + ".", StringComparison.Ordinal))) return true;
        var slot = path[..Math.Max(0, path.IndexOf('.'))];
        var swapped = cell.Overrides.Any(o => o.Path == $"{slot}.{CompositionKeys.Type}");
        return swapped && (difference.Before is null || difference.After is null);
    }

    /// <summary>
    /// The composition a composition file (a run folder's <c>resolved.yaml</c>) resolves to with this check's plugin
    /// catalogs; null when it does not resolve.
    /// </summary>
    public ResolvedComposition? ResolveFile(string path) => Resolve(path, []).Composition;

    private (ResolvedComposition? Composition, IReadOnlyList<string> Errors) Resolve(string file, IReadOnlyList<SettingOverride> overrides)
    {
        try
        {
            var layers = LayeredComposition.Read(file, overrides.Select(o => o.ToArgument()), services.LoaderOptions());
            var folders = layers.PluginFolders.ToList();
            var key = string.Join('\n', folders);
            if (!catalogs.TryGetValue(key, out var catalog)) catalogs[key] = catalog = services.Catalog(folders);
            return (services.Loader(catalog, HostServices.TrainingSlots).Bind(layers), []);
        }
        catch (CompositionException exception)
        {
            return (null, exception.Errors.Select(error => Locate(error, overrides).ToString()).ToList());
        }
        catch (PluginLoadException exception)
        {
            return (null, [$"error: {exception.Message}"]);
        }
    }

    /// <summary>An error of a <c>--set</c> override, placed at the matrix file line that wrote the override.</summary>
    private static CompositionError Locate(CompositionError error, IEnumerable<SettingOverride> overrides)
    {
        if (error.Where != ValueSource.Override.Text) return error;
        var source = overrides.LastOrDefault(o => o.Where is not null
            && (o.Path == error.Path || error.Path.StartsWith(o.Path + ".", StringComparison.Ordinal) || o.Path.StartsWith(error.Path + ".", StringComparison.Ordinal)));
        return source is null ? error : error with { Where = source.Where! };
    }

    private string? Build(ResolvedComposition composition) =>
        new NetworkCheck(services.Factory()).Check(composition).Errors is [var first, ..] ? first : null;
}
