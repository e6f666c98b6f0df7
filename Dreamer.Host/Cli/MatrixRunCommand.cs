using Dreamer.Host.Matrix;
using Dreamer.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer matrix run FILE --backend local|slurm</c>: writes the plan into the matrix folder, then runs the cells
/// as local child processes (with a live table) or submits one Slurm job array. Finished cells are skipped,
/// unfinished ones resumed. Every cell is first resolved and built as <c>matrix plan</c> does (<see cref="MatrixCheck"/>);
/// nothing runs while any cell is invalid, or while a cell's folder holds a run of another composition
/// (<see cref="ForeignRuns"/>). A <c>--cell-command</c> replaces dreamer, so its cells are not resolved.
/// </summary>
public sealed class MatrixRunCommand(HostServices services, IAnsiConsole console) : AsyncCommand<MatrixRunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MatrixRunSettings settings, CancellationToken cancellationToken)
    {
        MatrixPlan plan;
        try
        {
            plan = MatrixPlan.Expand(MatrixFileLoader.Load(settings.File));
        }
        catch (MatrixFileException exception)
        {
            MatrixCommandOutput.WriteErrors(console, exception);
            return ExitCodes.InvalidInput;
        }
        var directory = MatrixCommandOutput.MatrixDirectory(settings.File, settings.Out);
        if (settings.CellCommand is null)
        {
            var matrixCheck = new MatrixCheck(services);
            var check = matrixCheck.Check(plan);
            if (!check.IsValid)
            {
                MatrixCheckOutput.WriteErrors(console, check);
                return ExitCodes.InvalidInput;
            }
            plan = plan.With(check);
            if (ForeignRuns.Find(check, directory, matrixCheck.ResolveFile) is { Count: > 0 } foreign)
            {
                foreach (var cell in foreign) console.Profile.Out.Writer.WriteLine(cell.ToString());
                console.Profile.Out.Writer.WriteLine($"{foreign.Count} of {check.Cells.Count} cells have a run folder of another composition; nothing was run.");
                return ExitCodes.InvalidInput;
            }
            if (settings.Reuse.Length > 0 && !Reuse(check, directory, settings.Reuse, matrixCheck)) return ExitCodes.Failure;
        }
        var cellCommand = settings.CellCommand is { } text ? CellCommand.Parse(text) : CellCommand.Current();
        var manifest = MatrixManifest.Of(plan, cellCommand);
        manifest.Write(directory);

        if (settings.Backend == "slurm")
        {
            var jobId = new SlurmBackend(manifest, directory, settings.Slurm()).Submit(CellCommand.Current());
            console.WriteLine($"submitted job array {jobId}: {manifest.Cells.Count} tasks; logs in {directory}");
            console.WriteLine($"follow it with: dreamer matrix status {directory}");
            return ExitCodes.Success;
        }

        var inFlight = new HashSet<int>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var signals = new StopSignals(_ => stop.Cancel());
        var backend = new LocalBackend(manifest, directory, settings.Parallel ?? 1);
        var run = backend.RunAsync(index => { lock (inFlight) inFlight.Add(index); }, stop.Token);
        await console.Live(MatrixStatusTable.Build(manifest, directory)).StartAsync(async live =>
        {
            while (!run.IsCompleted)
            {
                await Task.WhenAny(run, Task.Delay(500, CancellationToken.None));
                lock (inFlight) live.UpdateTarget(MatrixStatusTable.Build(manifest, directory, inFlight.ToHashSet()));
            }
        });
        var results = await run;
        MatrixCommandOutput.WriteFailures(console, CellFailure.Find(manifest, directory, 10));
        if (stop.IsCancellationRequested) console.WriteLine("stopped on request: the running cells checkpointed; run the same command again to resume them");
        console.WriteLine($"matrix folder: {directory}");
        return !stop.IsCancellationRequested && results.All(r => r.Status.State == RunState.Finished) ? ExitCodes.Success : ExitCodes.Failure;
    }

    private bool Reuse(MatrixCheckResult check, string directory, IReadOnlyList<string> sources, MatrixCheck matrixCheck)
    {
        try
        {
            var reused = RunReuse.Copy(check, directory, sources, matrixCheck.ResolveFile);
            foreach (var run in reused) console.WriteLine($"reused {run.Cell.Folder}: copied from {run.Source}");
            console.WriteLine($"--reuse: {reused.Count} of {check.Cells.Count} cells copied from finished runs of the same composition");
            return true;
        }
        catch (IOException exception)
        {
            console.WriteLine($"--reuse: copying a finished run failed: {exception.Message}; free space or fix the folder, then run the same command again");
            return false;
        }
    }
}
