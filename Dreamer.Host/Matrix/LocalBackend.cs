namespace Dreamer.Host.Matrix;

/// <summary>
/// Runs the cells of a matrix on this machine, at most <c>parallel</c> child processes at a time, each with
/// <see cref="ThreadsPerCell"/> CPU threads (<c>OMP_NUM_THREADS</c>) unless the environment already sets it; a cell's
/// own <c>training.threads</c> wins over both.
/// </summary>
public sealed class LocalBackend(MatrixManifest manifest, string matrixDirectory, int parallel)
{
    /// <summary>The cores split evenly among the cells that run at once, at least one each.</summary>
    public static int ThreadsPerCell(int parallel, int cores) => Math.Max(1, cores / Math.Max(1, parallel));

    /// <summary>
    /// Runs every cell; a failing cell does not stop the others. Results are in plan order. Cancellation asks the
    /// running cells to stop (they checkpoint and stay stopped), starts no more, and leaves those out of the results.
    /// </summary>
    /// <param name="started">Called with a cell's index when its process is about to start (for live displays).</param>
    /// <param name="cancellation">Stops the running children and starts no more.</param>
    public async Task<IReadOnlyList<CellResult>> RunAsync(Action<int>? started = null, CancellationToken cancellation = default)
    {
        var threads = Environment.GetEnvironmentVariable("OMP_NUM_THREADS") is null
            ? ThreadsPerCell(parallel, Environment.ProcessorCount)
            : (int?)null;
        var runner = new CellRunner(manifest, matrixDirectory, threads);
        var results = new CellResult?[manifest.Cells.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel) };
        await Parallel.ForEachAsync(manifest.Cells, options, async (cell, _) =>
        {
            if (cancellation.IsCancellationRequested) return;
            started?.Invoke(cell.Index);
            results[cell.Index] = await runner.RunAsync(cell, cancellation);
        });
        return results.OfType<CellResult>().ToList();
    }
}
