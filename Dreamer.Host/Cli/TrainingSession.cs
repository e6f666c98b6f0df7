using Dreamer.Host.Composition;
using Dreamer.Host.Wiring;
using Dreamer.Training.Loop;
using Dreamer.Training.Native;
using Dreamer.Training.Runs;
using Dreamer.Training.Update;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>
/// Runs a <see cref="TrainingRun"/> for <c>train</c> and <c>resume</c> on the console: prints the device and the resolved
/// composition, shows the progress bar, turns Ctrl-C, SIGTERM and SIGUSR1 into a clean stop with a checkpoint (status
/// <c>stopped</c>), records a failure in the run folder's status and maps failures to exit codes: 2 for bad input and
/// for a disk that is full or read-only (<see cref="StorageFailure"/>; a full disk's line says what could not be written,
/// how much it needs and how to continue), 1 for a loss that stopped being finite.
/// </summary>
public sealed class TrainingSession(HostServices services, IAnsiConsole console)
{
    /// <summary>
    /// Takes <paramref name="folder"/> for this process (<see cref="RunFolderLock"/>); null, after one error line naming
    /// the holder's PID, when another process trains into it, or naming the folder and the reason when it cannot be
    /// written (a read-only or full disk, a path through a regular file).
    /// </summary>
    public RunFolderLock? Hold(RunFolder folder)
    {
        try
        {
            return RunFolderLock.Acquire(folder);
        }
        catch (RunFolderInUseException exception)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return null;
        }
        catch (Exception exception) when (StorageFailure.Is(exception))
        {
            console.Profile.Out.Writer.WriteLine($"error: cannot write the run folder {folder.Root}: {StorageFailure.Describe(exception)}");
            return null;
        }
    }

    /// <summary>Trains <paramref name="composition"/> into <paramref name="folder"/>; <paramref name="threads"/>, when given, replaces <c>training.threads</c>.</summary>
    public int Run(ResolvedComposition composition, RunFolder folder, int? threads = null)
    {
        var training = composition.Section<TrainingOptions>();
        using var cancellation = new CancellationTokenSource();
        using var signals = new StopSignals(_ => cancellation.Cancel());
        try
        {
            using var run = TrainingRun.ForTraining(composition, services.Factory(), threads);
            var restored = run.RestoreToResume(folder);
            WarnOfChangedEnvironment(folder, run.Recorded);
            var threadCount = NativeThreads.Count(threads, training.Threads);
            console.MarkupLineInterpolated($"[bold]dreamer[/] training on [green]{training.Device}[/] ({threadCount} CPU threads) into [blue]{folder.Root}[/]");
            console.Write(ResolvedCompositionTable.Create(composition));
            var counters = console.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask("starting", maxValue: training.Steps);
                    var observer = new ConsoleTrainingObserver(console, task);
                    return run.Train(folder, restored, observer, cancellation.Token);
                });
            console.MarkupLineInterpolated($"{(cancellation.IsCancellationRequested ? "stopped" : "finished")}: step {counters.Step:N0}, {counters.Updates:N0} updates, {counters.Episodes:N0} episodes; run folder {folder.Root}");
            return ExitCodes.Success;
        }
        catch (Exception exception)
        {
            RecordFailure(folder, training.Steps, exception.Message);
            if (CommandFailure.IsBadInput(exception)) return CommandFailure.Report(console, exception);
            if (StorageFailure.Is(exception))
            {
                return StorageFailure.Report(console.Profile.Out.Writer, exception, DiskSpace.IsFull(exception) ? $"free space, then continue with: dreamer resume {folder.Root}" : null);
            }
            if (exception is not NonFiniteLossException) throw;
            console.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>One warning line for each way the environment differs from the one the run folder recorded.</summary>
    private void WarnOfChangedEnvironment(RunFolder folder, EnvironmentRecord current)
    {
        if (!File.Exists(folder.Composition)) return;
        foreach (var difference in EnvironmentRecordDifference.Between(File.ReadAllText(folder.Composition), current))
            console.MarkupLineInterpolated($"[yellow]warning:[/] the environment differs from the one this run recorded: {difference}");
    }

    /// <summary>
    /// Marks an existing run folder failed with <paramref name="message"/>: the loop records its own failures, this also
    /// covers a run that could not start its loop (a checkpoint that does not load, a component that cannot be built).
    /// A folder that does not exist stays absent; a status that cannot be written does not hide the failure.
    /// </summary>
    private void RecordFailure(RunFolder folder, long steps, string message)
    {
        if (!Directory.Exists(folder.Root)) return;
        try
        {
            RunStatusFile.WriteFailed(folder.Root, steps, message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] could not record the failure in {RunStatusFile.PathIn(folder.Root)}: {exception.Message}");
        }
    }
}
