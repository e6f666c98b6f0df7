using Dreamer.Host.Matrix;
using Dreamer.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer matrix run-cell DIR INDEX</c>: runs one cell of a planned matrix exactly as the local backend does
/// (skip when finished, resume from a checkpoint, train otherwise). What each Slurm array task runs: SIGTERM or Ctrl-C
/// (a preemption, <c>scancel</c>) stop the cell with a checkpoint; SIGUSR1 (the time limit is near) does the same and
/// then requeues the task (<see cref="SlurmRequeue"/>). The cell's child gets <c>SLURM_CPUS_PER_TASK</c> threads unless
/// <c>OMP_NUM_THREADS</c> is set.
/// </summary>
public sealed class MatrixRunCellCommand(IAnsiConsole console) : AsyncCommand<MatrixRunCellSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MatrixRunCellSettings settings, CancellationToken cancellationToken)
    {
        var manifest = MatrixManifest.Read(settings.Directory);
        if (settings.Index < 0 || settings.Index >= manifest.Cells.Count)
        {
            console.Profile.Out.Writer.WriteLine($"INDEX: {settings.Index} is not a cell; allowed: 0 to {manifest.Cells.Count - 1}");
            return ExitCodes.InvalidInput;
        }
        var cell = manifest.Cells[settings.Index];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timeLimit = false;
        using var signals = new StopSignals(signal =>
        {
            if (signal == StopSignals.UserSignal1) Volatile.Write(ref timeLimit, true);
            stop.Cancel();
        });
        var threads = SlurmBackend.ThreadsPerTask(Environment.GetEnvironmentVariable("OMP_NUM_THREADS"), Environment.GetEnvironmentVariable("SLURM_CPUS_PER_TASK"));
        var result = await new CellRunner(manifest, settings.Directory, threads).RunAsync(cell, stop.Token);
        var output = console.Profile.Out.Writer;                                  // unwrapped lines: Slurm logs are read with grep
        output.WriteLine($"{cell.Folder}: {result.Launch.ToString().ToLowerInvariant()}, {result.Status.State.ToString().ToLowerInvariant()} {result.Status.Message}".TrimEnd());
        if (result.Status.State == RunState.Finished) return ExitCodes.Success;
        if (!Volatile.Read(ref timeLimit) || result.Status.State != RunState.Stopped) return ExitCodes.Failure;
        var requeue = new SlurmRequeue(Environment.GetEnvironmentVariable, settings.MaxRequeues).Requeue(cell.RunDirectory(settings.Directory));
        output.WriteLine($"{cell.Folder}: {requeue.Message}");
        return requeue.Requeued ? ExitCodes.Success : ExitCodes.Failure;
    }
}
